import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";
import { created, deleteCurrent } from "../support/requests.js";

/** What a record must stay while others point at it, checked in the change's own transaction. */
let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

describe("records others depend on", () => {
  it("keeps a beneficiary holding grants in the disability category (409 with the reason), and frees them once the grants are gone", async () => {
    const person = await created(
      api.call,
      "/api/v1/beneficiaries",
      aBeneficiary({ categories: ["woman", "disability"], disabilityType: "visual" }),
    );
    const grant = await created(api.call, "/api/v1/grants", {
      beneficiaryId: person.id,
      amountMad: 15000,
      awardedOn: "2024-02-01",
      activity: "Épicerie",
      status: "awarded",
    });
    const moved = await api.call(
      "PATCH",
      `/api/v1/beneficiaries/${person.id}`,
      { categories: ["woman"], disabilityType: null },
      { "if-match": "1", "accept-language": "fr" },
    );
    expect(moved.status).toBe(409);
    expect(moved.body.error.issues[0]).toEqual({
      path: "categories",
      message: expect.stringMatching(/^Ce bénéficiaire a 1 subvention\(s\)/),
    });
    expect((await api.call("GET", `/api/v1/beneficiaries/${person.id}`)).body).toMatchObject({
      version: 1,
      categories: ["woman", "disability"],
    });
    // Other changes still go through, and the count never shows in the record.
    const renamed = await api.call(
      "PATCH",
      `/api/v1/beneficiaries/${person.id}`,
      { lastName: "Benali" },
      { "if-match": "1" },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).not.toHaveProperty("grantCount");
    expect((await deleteCurrent(api.call, `/api/v1/grants/${grant.id}`)).status).toBe(204);
    expect(
      (
        await api.call(
          "PATCH",
          `/api/v1/beneficiaries/${person.id}`,
          { categories: ["woman"], disabilityType: null },
          { "if-match": "2" },
        )
      ).status,
    ).toBe(200);
  });

  it("keeps a center with program supports a social-protection institution", async () => {
    const center = await created(api.call, "/api/v1/centers", aCenter({ type: "social_protection" }));
    const support = await created(api.call, "/api/v1/program-supports", {
      centerId: center.id,
      year: 2024,
      amountMad: 50000,
    });
    const changed = await api.call("PATCH", `/api/v1/centers/${center.id}`, { type: "women" }, { "if-match": "1" });
    expect(changed.status).toBe(409);
    expect(changed.body.error).toMatchObject({ code: "conflict", issues: [{ path: "type" }] });
    expect((await deleteCurrent(api.call, `/api/v1/program-supports/${support.id}`)).status).toBe(204);
    expect(
      (await api.call("PATCH", `/api/v1/centers/${center.id}`, { type: "women" }, { "if-match": "1" })).status,
    ).toBe(200);
  });

  it("never lets a grant and a category change both land when they race", async () => {
    for (let round = 0; round < 5; round++) {
      const person = await created(
        api.call,
        "/api/v1/beneficiaries",
        aBeneficiary({ categories: ["disability"], disabilityType: "motor" }),
      );
      const [grant, moved] = await Promise.all([
        api.call("POST", "/api/v1/grants", {
          beneficiaryId: person.id,
          amountMad: 1000,
          awardedOn: "2024-02-01",
          activity: "Atelier",
          status: "awarded",
        }),
        api.call(
          "PATCH",
          `/api/v1/beneficiaries/${person.id}`,
          { categories: ["elderly"], disabilityType: null },
          { "if-match": "1" },
        ),
      ]);
      expect(
        [grant.status, moved.status].filter((s) => s < 300),
        `round ${round}: ${grant.status} ${moved.status}`,
      ).toHaveLength(1);
      expect([grant.status, moved.status].every((s) => [200, 201, 409, 412, 422].includes(s))).toBe(true);
    }
  });
});
