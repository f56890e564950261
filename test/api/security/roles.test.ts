import { beforeAll, describe, expect, it } from "vitest";
import { aBeneficiary, aCenter } from "../../support/fixtures.js";
import { type Api, buildRegion, people, type Records, securityApi } from "./world.js";

let api: Api;
let own: Records;
let other: Records;
let regional: Record<string, string>;
let finance: Record<string, string>;
beforeAll(async () => {
  api = await securityApi();
  [own, other] = [await buildRegion(api, "own"), await buildRegion(api, "other")];
  [regional, finance] = [await api.as("regional"), await api.as("finance")];
});

const ids = (answer: { body: { items: { id: string }[] } }) => answer.body.items.map((i) => i.id).sort();

describe("a regional officer (MA-06)", () => {
  it("lists only the records of their region, whatever the filters", async () => {
    for (const kind of [
      "centers",
      "beneficiaries",
      "cooperatives",
      "marketplace-spaces",
      "exhibitions",
      "vigilance-cells",
      "enrollments",
      "aid-distributions",
      "grants",
      "program-supports",
    ] as const) {
      const all = await api.call("GET", `/api/v1/${kind}`, undefined, regional);
      expect(all.status, kind).toBe(200);
      expect(ids(all), kind).toEqual([own[kind].id]);
    }
    for (const query of ["regionCode=MA-09", "provinceCode=MA-AGD", `nationalId=${people.other.nationalId}`]) {
      expect((await api.call("GET", `/api/v1/beneficiaries?${query}`, undefined, regional)).body).toEqual({
        items: [],
        nextCursor: null,
      });
    }
    const theirs = await api.call(
      "GET",
      `/api/v1/enrollments?beneficiaryId=${other.beneficiaries.id}`,
      undefined,
      regional,
    );
    expect(theirs.body.items).toEqual([]);
    // The administrator sees both regions.
    expect(ids(await api.call("GET", "/api/v1/centers"))).toEqual([own.centers.id, other.centers.id].sort());
  });

  it("reads, changes and deletes nothing of another region: 404, as if it didn't exist", async () => {
    for (const kind of [
      "centers",
      "beneficiaries",
      "enrollments",
      "grants",
      "program-supports",
      "vigilance-cells",
    ] as const) {
      const path = `/api/v1/${kind}/${other[kind].id}`;
      for (const [method, body] of [["GET"], ["PATCH", {}], ["DELETE"]] as const) {
        const answer = await api.call(method, path, body, { ...regional, "if-match": "1" });
        expect(answer.status, `${method} ${path}`).toBe(404);
        expect(answer.body.error.code).toBe("not_found");
      }
    }
    const inside = [
      `/api/v1/marketplace-spaces/${other["marketplace-spaces"].id}/hosts/${other.hosts.id}`,
      `/api/v1/exhibitions/${other.exhibitions.id}/participants`,
      `/api/v1/vigilance-cells/${other["vigilance-cells"].id}/alerts/${other.alerts.id}`,
      `/api/v1/cooperatives/${other.cooperatives.id}/hostings`,
    ];
    for (const path of inside) expect((await api.call("GET", path, undefined, regional)).status, path).toBe(404);
    expect((await api.call("GET", `/api/v1/centers/${other.centers.id}`)).status).toBe(200);
  });

  it("works in their region, and can't place a record in another one", async () => {
    const center = await api.call(
      "POST",
      "/api/v1/centers",
      aCenter({ name: "Centre de Nouaceur", provinceCode: "MA-NOU" }),
      regional,
    );
    expect(center.status).toBe(201);
    const elsewhere = await api.call(
      "POST",
      "/api/v1/centers",
      aCenter({ regionCode: "MA-09", provinceCode: "MA-AGD" }),
      regional,
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.issues).toEqual([{ path: "regionCode", message: "Outside your regions" }]);
    const moved = await api.call(
      "PATCH",
      `/api/v1/centers/${center.body.id}`,
      { regionCode: "MA-09", provinceCode: "MA-AGD" },
      { ...regional, "if-match": "1" },
    );
    expect(moved.status).toBe(403);
    const enrolled = await api.call(
      "POST",
      "/api/v1/enrollments",
      {
        beneficiaryId: other.beneficiaries.id,
        centerId: center.body.id,
        service: "literacy",
        startDate: "2024-02-01",
      },
      regional,
    );
    expect(enrolled.status).toBe(403);
    expect(enrolled.body.error.issues[0].path).toBe("beneficiaryId");
    const changed = await api.call(
      "PATCH",
      `/api/v1/centers/${center.body.id}`,
      { capacity: 60 },
      { ...regional, "if-match": "1" },
    );
    expect(changed.status).toBe(200);
    expect(
      (await api.call("DELETE", `/api/v1/centers/${center.body.id}`, undefined, { ...regional, "if-match": "2" }))
        .status,
    ).toBe(204);
  });

  it("sees the personal data of their region in clear", async () => {
    const read = await api.call("GET", `/api/v1/beneficiaries/${own.beneficiaries.id}`, undefined, regional);
    expect(read.body).toMatchObject({ ...people.own, firstName: "Fatima", birthDate: "1985-06-12" });
  });

  it("may not manage API keys, read the audit trail or start a bilan run", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/api-keys"],
      ["POST", "/api/v1/api-keys"],
      ["GET", "/api/v1/audit-events?entity=CENTER"],
      ["POST", "/api/v1/indicators/2015/runs"],
    ] as const) {
      const answer = await api.call(method, path, method === "POST" ? {} : undefined, regional);
      expect(answer.status, path).toBe(403);
      expect(answer.body.error.code).toBe("forbidden");
    }
    expect((await api.call("GET", "/api/v1/territories", undefined, regional)).status).toBe(200);
  });
});

describe("finance", () => {
  it("reads every region's registries, and changes nothing", async () => {
    expect(ids(await api.call("GET", "/api/v1/grants", undefined, finance))).toEqual(
      [own.grants.id, other.grants.id].sort(),
    );
    expect((await api.call("GET", `/api/v1/centers/${other.centers.id}`, undefined, finance)).status).toBe(200);
    const writes: [string, string, unknown][] = [
      ["POST", "/api/v1/centers", aCenter()],
      ["PATCH", `/api/v1/centers/${own.centers.id}`, { capacity: 1 }],
      ["DELETE", `/api/v1/grants/${own.grants.id}`, undefined],
      ["POST", `/api/v1/vigilance-cells/${own["vigilance-cells"].id}/alerts`, {}],
    ];
    for (const [method, path, body] of writes) {
      const answer = await api.call(method, path, body, { ...finance, "if-match": "1" });
      expect(answer.status, `${method} ${path}`).toBe(403);
    }
    expect((await api.call("GET", `/api/v1/centers/${own.centers.id}`)).body.version).toBe(1);
  });

  it("sees beneficiaries pseudonymised: initials, birth year, masked national ID and phone", async () => {
    const read = await api.call("GET", `/api/v1/beneficiaries/${own.beneficiaries.id}`, undefined, finance);
    expect(read.body).toMatchObject({
      firstName: "F.",
      lastName: "E.",
      birthDate: "1985",
      nationalId: "BK****56",
      phone: "06******78",
      sex: "female",
      regionCode: "MA-06",
    });
    const listed = await api.call("GET", "/api/v1/beneficiaries", undefined, finance);
    expect(JSON.stringify(listed.body)).not.toMatch(/BK123456|JA654321|0612345678|Fatima/);
  });
});

describe("an administrator", () => {
  it("sees everything in clear", async () => {
    const created = await api.call(
      "POST",
      "/api/v1/beneficiaries",
      aBeneficiary({ nationalId: "C7", phone: "+212712345678" }),
    );
    expect(created.body).toMatchObject({ nationalId: "C7", phone: "+212712345678", firstName: "Fatima" });
    expect((await api.call("GET", `/api/v1/beneficiaries/${other.beneficiaries.id}`)).body).toMatchObject(people.other);
  });
});
