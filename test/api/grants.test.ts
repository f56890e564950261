import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary } from "../support/fixtures.js";
import { created, deleteCurrent, issuePaths } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const disabled = (over: Record<string, unknown> = {}) =>
  aBeneficiary({ firstName: "Youssef", sex: "male", categories: ["disability"], disabilityType: "motor", ...over });
const aGrant = (beneficiaryId: string, over: Record<string, unknown> = {}) => ({
  beneficiaryId,
  amountMad: 30000,
  awardedOn: "2024-03-05",
  activity: "Atelier de réparation de téléphones",
  status: "awarded",
  ...over,
});

const create = (path: string, body: unknown) => created(api.call, path, body);
const paths = issuePaths;

describe("FACS grants", () => {
  it("awards, reads, disburses and deletes a grant to a person with a disability", async () => {
    const beneficiary = await create("/api/v1/beneficiaries", disabled());
    const grant = await create("/api/v1/grants", aGrant(beneficiary.id));
    expect(grant).toMatchObject({ ...aGrant(beneficiary.id), version: 1 });
    expect((await api.call("GET", `/api/v1/grants/${grant.id}`)).body).toEqual(grant);

    const disbursed = await api.call(
      "PATCH",
      `/api/v1/grants/${grant.id}`,
      { status: "disbursed" },
      { "if-match": '"1"' },
    );
    expect(disbursed.body).toMatchObject({ status: "disbursed", version: 2 });
    expect((await api.call("PATCH", `/api/v1/grants/${grant.id}`, { status: "cancelled" })).status).toBe(428);
    expect(
      (await api.call("PATCH", `/api/v1/grants/${grant.id}`, { status: "cancelled" }, { "if-match": "1" })).status,
    ).toBe(412);

    expect((await deleteCurrent(api.call, `/api/v1/beneficiaries/${beneficiary.id}`)).status).toBe(409);
    expect((await deleteCurrent(api.call, `/api/v1/grants/${grant.id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `/api/v1/beneficiaries/${beneficiary.id}`)).status).toBe(204);
  });

  it("refuses a beneficiary outside the disability category, or unknown, with 422 on beneficiaryId", async () => {
    const woman = await create(
      "/api/v1/beneficiaries",
      aBeneficiary({ categories: ["woman", "elderly"], birthDate: "1950-01-01" }),
    );
    const refused = await api.call("POST", "/api/v1/grants", aGrant(woman.id));
    expect(refused.status).toBe(422);
    expect(paths(refused)).toEqual(["beneficiaryId"]);
    expect(refused.body.error.message).toContain("disability");
    const ghost = await api.call("POST", "/api/v1/grants", aGrant("01HZZZZZZZZZZZZZZZZZZZZZZZ"));
    expect(ghost.status).toBe(422);
    expect(paths(ghost)).toEqual(["beneficiaryId"]);
    // Nothing was written: the woman has no grant and can still be deleted.
    expect((await api.call("GET", `/api/v1/grants?beneficiaryId=${woman.id}`)).body.items).toEqual([]);
    expect((await deleteCurrent(api.call, `/api/v1/beneficiaries/${woman.id}`)).status).toBe(204);
  });

  it("checks the category in the write itself: a beneficiary who left the category meanwhile is refused", async () => {
    const beneficiary = await create("/api/v1/beneficiaries", disabled());
    const recategorised = await api.call(
      "PATCH",
      `/api/v1/beneficiaries/${beneficiary.id}`,
      { categories: ["woman"], disabilityType: null },
      { "if-match": "1" },
    );
    expect(recategorised.status).toBe(200);
    expect((await api.call("POST", "/api/v1/grants", aGrant(beneficiary.id))).status).toBe(422);
    const multi = await create(
      "/api/v1/beneficiaries",
      disabled({ categories: ["child", "disability"], birthDate: "2012-02-02" }),
    );
    expect((await api.call("POST", "/api/v1/grants", aGrant(multi.id))).status).toBe(201);
  });

  it("refuses a zero amount, an unknown status and a missing activity (400)", async () => {
    const beneficiary = await create("/api/v1/beneficiaries", disabled());
    const { activity: _activity, ...withoutActivity } = aGrant(beneficiary.id, { amountMad: 0, status: "paid" });
    const wrong = await api.call("POST", "/api/v1/grants", withoutActivity);
    expect(wrong.status).toBe(400);
    expect(paths(wrong)).toEqual(["activity", "amountMad", "status"]);
  });

  it("lists by beneficiary and status, a page at a time", async () => {
    const own = await testApi();
    const post = async (path: string, body: unknown) => (await own.call("POST", path, body)).body;
    const first = await post("/api/v1/beneficiaries", disabled());
    const second = await post("/api/v1/beneficiaries", disabled({ firstName: "Hamid" }));
    await post("/api/v1/grants", aGrant(first.id));
    await post("/api/v1/grants", aGrant(first.id, { status: "disbursed" }));
    await post("/api/v1/grants", aGrant(second.id, { status: "disbursed", amountMad: 15000 }));
    const statuses = async (query: string) =>
      (await own.call("GET", `/api/v1/grants?${query}`)).body.items.map((g: { status: string }) => g.status).sort();

    expect(await statuses(`beneficiaryId=${first.id}`)).toEqual(["awarded", "disbursed"]);
    expect(await statuses(`beneficiaryId=${first.id}&status=disbursed`)).toEqual(["disbursed"]);
    expect(await statuses("status=disbursed")).toEqual(["disbursed", "disbursed"]);
    expect(await statuses("status=cancelled")).toEqual([]);
    expect(await statuses("")).toEqual(["awarded", "disbursed", "disbursed"]);

    const page = await own.call("GET", "/api/v1/grants?status=disbursed&limit=1");
    const next = await own.call("GET", `/api/v1/grants?status=disbursed&limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
    expect(next.body.nextCursor).toBeNull();
  });
});
