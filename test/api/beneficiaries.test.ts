import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";
import { must } from "../support/must.js";
import { deleteCurrent } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const paths = (answer: { body: { error: { issues: { path: string }[] } } }) =>
  answer.body.error.issues.map((i) => i.path).sort();

describe("beneficiaries", () => {
  it("creates one and finds it by national ID", async () => {
    const created = await api.call(
      "POST",
      "/api/v1/beneficiaries",
      aBeneficiary({ nationalId: "BK123456", phone: "0612345678" }),
    );
    expect(created.status).toBe(201);
    const found = await api.call("GET", "/api/v1/beneficiaries?nationalId=BK123456");
    expect(found.body.items.map((b: { id: string }) => b.id)).toEqual([created.body.id]);
    expect((await api.call("GET", "/api/v1/beneficiaries?nationalId=BK999999")).body.items).toEqual([]);
  });

  it.each([
    ["nationalId", { nationalId: "bk12" }],
    ["nationalId", { nationalId: "ABC1" }],
    ["nationalId", { nationalId: "A1234567" }],
    ["birthDate", { birthDate: "2999-01-01" }],
    ["birthDate", { birthDate: "1990-02-30" }],
    ["categories", { categories: [] }],
    ["categories.0", { categories: ["student"] }],
    ["disabilityType", { categories: ["disability"] }],
    ["disabilityType", { categories: ["woman"], disabilityType: "motor" }],
    ["consentGiven", { consentGiven: false }],
    ["provinceCode", { provinceCode: "MA-TNG" }],
    ["phone", { phone: "12345" }],
    ["sex", { sex: "x" }],
    ["unexpected", { unexpected: 1 }],
  ])("refuses a bad %s with 400 naming the field", async (field, change) => {
    const answer = await api.call("POST", "/api/v1/beneficiaries", aBeneficiary(change));
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("validation_failed");
    expect(paths(answer)).toContain(field);
  });

  it("requires disabilityType exactly when disability is a category", async () => {
    const ok = await api.call(
      "POST",
      "/api/v1/beneficiaries",
      aBeneficiary({ categories: ["disability", "elderly"], disabilityType: "visual" }),
    );
    expect(ok.status).toBe(201);
  });

  it("lets exactly one of 20 concurrent creates with the same national ID win", async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId: "JA777", firstName: `P${i}` })),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    expect(
      must(
        answers.find((a) => a.status === 409),
        "a 409 answer",
      ).body.error.issues[0].path,
    ).toBe("nationalId");
    expect((await api.call("GET", "/api/v1/beneficiaries?nationalId=JA777")).body.items).toHaveLength(1);
  });

  it("moves the national ID guard when the ID changes, and frees it on delete", async () => {
    const a = await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId: "C100" }));
    const changed = await api.call(
      "PATCH",
      `/api/v1/beneficiaries/${a.body.id}`,
      { nationalId: "C200" },
      { "if-match": "1" },
    );
    expect(changed.status).toBe(200);
    expect((await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId: "C100" }))).status).toBe(201);
    expect((await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId: "C200" }))).status).toBe(409);
    expect((await deleteCurrent(api.call, `/api/v1/beneficiaries/${a.body.id}`)).status).toBe(204);
    expect((await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId: "C200" }))).status).toBe(201);
  });

  it("removes an optional field with null and refuses an invalid merged record", async () => {
    const a = await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ phone: "0522334455" }));
    const cleared = await api.call("PATCH", `/api/v1/beneficiaries/${a.body.id}`, { phone: null }, { "if-match": "1" });
    expect(cleared.body.phone).toBeUndefined();
    const bad = await api.call(
      "PATCH",
      `/api/v1/beneficiaries/${a.body.id}`,
      { categories: ["disability"] },
      { "if-match": "2" },
    );
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(["disabilityType"]);
    expect((await api.call("GET", `/api/v1/beneficiaries/${a.body.id}`)).body.version).toBe(2);
  });

  it("filters by category and by province", async () => {
    const { db } = api;
    void db;
    await api.call(
      "POST",
      "/api/v1/beneficiaries",
      aBeneficiary({ categories: ["elderly"], regionCode: "MA-07", provinceCode: "MA-MAR" }),
    );
    const elderly = await api.call("GET", "/api/v1/beneficiaries?category=elderly&provinceCode=MA-MAR");
    expect(elderly.body.items).toHaveLength(1);
    expect(elderly.body.items[0].categories).toContain("elderly");
    const none = await api.call("GET", "/api/v1/beneficiaries?category=child&provinceCode=MA-MAR");
    expect(none.body.items).toEqual([]);
  });

  it("refuses to delete a beneficiary who still has enrollments", async () => {
    const b = await api.call("POST", "/api/v1/beneficiaries", aBeneficiary());
    const c = await api.call("POST", "/api/v1/centers", aCenter());
    const e = await api.call("POST", "/api/v1/enrollments", {
      beneficiaryId: b.body.id,
      centerId: c.body.id,
      service: "literacy",
      startDate: "2015-01-10",
    });
    expect(e.status).toBe(201);
    const refused = await deleteCurrent(api.call, `/api/v1/beneficiaries/${b.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/referenced by 1 record/);
  });
});
