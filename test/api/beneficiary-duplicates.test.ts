import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary } from "../support/fixtures.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const born = { sex: "male", birthDate: "1975-10-10", categories: ["elderly"] };
const create = async (over: Record<string, unknown>) =>
  (await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ ...born, ...over }))).body;

describe("GET /api/v1/beneficiaries/{id}/duplicates", () => {
  it("lists the same person written otherwise, with score and reasons, and not the record itself nor a brother", async () => {
    const arabic = await create({ firstName: "محمد", lastName: "العلوي" });
    const latin = await create({ firstName: "Mohammed", lastName: "El Alaoui" });
    await create({ firstName: "Mahmoud", lastName: "Alaoui" });
    const answer = await api.call("GET", `/api/v1/beneficiaries/${arabic.id}/duplicates`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      items: [
        {
          recordId: latin.id,
          score: expect.any(Number),
          reasons: ["same_birth_date", "same_sex", "first_name_across_scripts", "last_name_across_scripts"],
        },
      ],
    });
    expect(answer.body.items[0].score).toBeGreaterThanOrEqual(0.85);
    expect(answer.body.items[0].score).toBeLessThanOrEqual(1);
  });

  it("answers an empty list for a person without look-alikes, 404 for an unknown id, 400 for a malformed one", async () => {
    const alone = await create({ firstName: "Zakaria", lastName: "Sqalli", birthDate: "1999-09-09" });
    expect((await api.call("GET", `/api/v1/beneficiaries/${alone.id}/duplicates`)).body).toEqual({ items: [] });
    expect((await api.call("GET", "/api/v1/beneficiaries/01ARZ3NDEKTSV4RRFFQ69G5FAV/duplicates")).status).toBe(404);
    const malformed = await api.call("GET", "/api/v1/beneficiaries/nope/duplicates");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues[0].path).toBe("id");
  });

  it("shows a regional officer only look-alikes of their regions", async () => {
    const here = await create({ firstName: "Youssef", lastName: "Bakkali", birthDate: "1968-04-04" });
    await create({
      firstName: "Youssouf",
      lastName: "El Bakkali",
      birthDate: "1968-04-04",
      regionCode: "MA-01",
      provinceCode: "MA-TNG",
    });
    const sameRegion = await create({ firstName: "يوسف", lastName: "البقالي", birthDate: "1968-04-04" });
    expect((await api.call("GET", `/api/v1/beneficiaries/${here.id}/duplicates`)).body.items).toHaveLength(2);
    const officer = await api.call(
      "GET",
      `/api/v1/beneficiaries/${here.id}/duplicates`,
      undefined,
      await api.as("regional"),
    );
    expect(officer.body.items.map((m: { recordId: string }) => m.recordId)).toEqual([sameRegion.id]);
  });

  it("is documented with its operation id, permission and every status", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    const operation = doc.paths["/api/v1/beneficiaries/{id}/duplicates"].get;
    expect(operation.operationId).toBe("listBeneficiaryDuplicates");
    expect(operation["x-permission"]).toEqual({ scope: "beneficiaries:read" });
    expect(Object.keys(operation.responses).sort()).toEqual(["200", "400", "401", "403", "404", "429"]);
  });
});
