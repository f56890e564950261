import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";
import { created, deleteCurrent, issuePaths } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const anAid = (beneficiaryId: string, over: Record<string, unknown> = {}) => ({
  beneficiaryId,
  kind: "food",
  date: "2024-01-15",
  description: "Panier alimentaire (opération Ramadan)",
  quantity: 1,
  valueMad: 250,
  ...over,
});

const create = (path: string, body: unknown) => created(api.call, path, body);
const paths = issuePaths;

describe("aid distributions", () => {
  it("records, reads, changes and deletes a distribution, which references its beneficiary", async () => {
    const beneficiary = await create("/api/v1/beneficiaries", aBeneficiary());
    const aid = await create("/api/v1/aid-distributions", anAid(beneficiary.id));
    expect(aid).toMatchObject({ ...anAid(beneficiary.id), version: 1 });
    expect((await api.call("GET", `/api/v1/aid-distributions/${aid.id}`)).body).toEqual(aid);

    const changed = await api.call(
      "PATCH",
      `/api/v1/aid-distributions/${aid.id}`,
      { quantity: 2, valueMad: 500 },
      { "if-match": "1" },
    );
    expect(changed.body).toMatchObject({ quantity: 2, valueMad: 500, version: 2 });
    const moved = await api.call(
      "PATCH",
      `/api/v1/aid-distributions/${aid.id}`,
      { beneficiaryId: beneficiary.id },
      { "if-match": "2" },
    );
    expect(moved.status).toBe(400);
    expect(paths(moved)).toEqual(["beneficiaryId"]);

    expect((await deleteCurrent(api.call, `/api/v1/beneficiaries/${beneficiary.id}`)).status).toBe(409);
    expect(
      (await api.call("DELETE", `/api/v1/aid-distributions/${aid.id}`, undefined, { "if-match": "1" })).status,
    ).toBe(412);
    expect((await deleteCurrent(api.call, `/api/v1/aid-distributions/${aid.id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `/api/v1/beneficiaries/${beneficiary.id}`)).status).toBe(204);
  });

  it("refuses an unknown beneficiary (422), a zero quantity, a negative value and an unknown kind (400)", async () => {
    const beneficiary = await create("/api/v1/beneficiaries", aBeneficiary());
    const ghost = await api.call("POST", "/api/v1/aid-distributions", anAid("01HZZZZZZZZZZZZZZZZZZZZZZZ"));
    expect(ghost.status).toBe(422);
    expect(paths(ghost)).toEqual(["beneficiaryId"]);
    const wrong = await api.call(
      "POST",
      "/api/v1/aid-distributions",
      anAid(beneficiary.id, { quantity: 0, valueMad: -5, kind: "cash" }),
    );
    expect(wrong.status).toBe(400);
    expect(paths(wrong)).toEqual(["kind", "quantity", "valueMad"]);
    expect((await api.call("POST", "/api/v1/aid-distributions", anAid(beneficiary.id, { valueMad: 0 }))).status).toBe(
      201,
    );
  });

  it("lists by beneficiary and kind, in the beneficiary's records partition, a page at a time", async () => {
    const own = await testApi();
    const post = async (body: unknown) => (await own.call("POST", "/api/v1/aid-distributions", body)).body;
    const amina = (await own.call("POST", "/api/v1/beneficiaries", aBeneficiary())).body;
    const omar = (await own.call("POST", "/api/v1/beneficiaries", aBeneficiary({ firstName: "Omar", sex: "male" })))
      .body;
    await post(anAid(amina.id));
    await post(anAid(amina.id, { kind: "equipment", description: "Fauteuil roulant" }));
    await post(
      anAid(omar.id, { kind: "customs_goods", description: "Couvertures saisies par la douane", quantity: 3 }),
    );
    // An enrollment shares the beneficiary's records partition and must not show up as aid.
    const center = (await own.call("POST", "/api/v1/centers", aCenter())).body;
    const enrolled = await own.call("POST", "/api/v1/enrollments", {
      beneficiaryId: amina.id,
      centerId: center.id,
      service: "training",
      startDate: "2024-01-01",
    });
    expect(enrolled.status).toBe(201);
    const kinds = async (query: string) =>
      (await own.call("GET", `/api/v1/aid-distributions?${query}`)).body.items
        .map((a: { kind: string }) => a.kind)
        .sort();

    expect(await kinds(`beneficiaryId=${amina.id}`)).toEqual(["equipment", "food"]);
    expect(await kinds(`beneficiaryId=${amina.id}&kind=food`)).toEqual(["food"]);
    expect(await kinds("kind=customs_goods")).toEqual(["customs_goods"]);
    expect(await kinds("")).toEqual(["customs_goods", "equipment", "food"]);
    expect(await kinds(`beneficiaryId=${omar.id}&kind=food`)).toEqual([]);

    const first = await own.call("GET", "/api/v1/aid-distributions?limit=2");
    const second = await own.call("GET", `/api/v1/aid-distributions?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items]).toHaveLength(3);
    expect(second.body.nextCursor).toBeNull();
    const foreign = await own.call("GET", `/api/v1/aid-distributions?kind=food&cursor=${first.body.nextCursor}`);
    expect(foreign.status).toBe(400);
    expect((await own.call("GET", "/api/v1/aid-distributions?kind=cash")).status).toBe(400);
  });
});
