import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aCenter } from "../support/fixtures.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

describe("the API's contract", () => {
  it("answers health once the table is ready", async () => {
    expect(await api.call("GET", "/api/health")).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("publishes an OpenAPI 3.1 document with every registry", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/api/v1/centers",
      "/api/v1/centers/{id}",
      "/api/v1/beneficiaries",
      "/api/v1/enrollments",
      "/api/v1/cooperatives",
      "/api/v1/marketplace-spaces/{id}/hosts",
      "/api/v1/territories",
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.components.schemas.Center.required).toContain("provinceCode");
    expect(doc.paths["/api/v1/centers"].post.requestBody.content["application/json"].schema.additionalProperties).toBe(
      false,
    );
  });

  it("serves the API docs page", async () => {
    const page = await api.app.request("/api/docs");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("/api/openapi.json");
  });

  it("lists the 12 regions and 75 provinces", async () => {
    const { regions } = (await api.call("GET", "/api/v1/territories")).body;
    expect(regions).toHaveLength(12);
    expect(regions.flatMap((r: { provinces: unknown[] }) => r.provinces)).toHaveLength(75);
    const casablanca = regions.find((r: { code: string }) => r.code === "MA-06");
    expect(casablanca.provinces.map((p: { code: string }) => p.code)).toContain("MA-NOU");
    const souss = (await api.call("GET", "/api/v1/territories/provinces?regionCode=MA-09")).body.items;
    expect(souss.map((p: { code: string }) => p.code)).toContain("MA-CHT");
  });

  it("answers malformed JSON, a wrong id, an unknown route and a huge body in the one error shape", async () => {
    const malformed = await api.call("POST", "/api/v1/centers", "{ not json");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBeTruthy();
    const badId = await api.call("GET", "/api/v1/centers/nope");
    expect(badId.status).toBe(400);
    expect(badId.body.error.issues[0].path).toBe("id");
    const unknown = await api.call("GET", "/api/v1/nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
    const huge = await api.call("POST", "/api/v1/centers", aCenter({ name: "x".repeat(300 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
  });

  it("requires If-Match to change a record and checks its form", async () => {
    const c = (await api.call("POST", "/api/v1/centers", aCenter())).body;
    const missing = await api.call("PATCH", `/api/v1/centers/${c.id}`, { capacity: 1 });
    expect(missing.status).toBe(428);
    const garbled = await api.call("PATCH", `/api/v1/centers/${c.id}`, { capacity: 1 }, { "if-match": "v-one" });
    expect(garbled.status).toBe(400);
    const unknown = await api.call("PATCH", `/api/v1/centers/${c.id}`, { colour: "red" }, { "if-match": "1" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]).toEqual({ path: "colour", message: "Unknown field" });
    const stale = await api.call("DELETE", `/api/v1/centers/${c.id}`, undefined, { "if-match": "7" });
    expect(stale.status).toBe(412);
    expect((await api.call("GET", `/api/v1/centers/${c.id}`)).body.version).toBe(1);
  });

  it("keeps a location inside Morocco", async () => {
    const paris = await api.call("POST", "/api/v1/centers", aCenter({ location: { lat: 48.85, lng: 2.35 } }));
    expect(paris.status).toBe(400);
    expect(paris.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["location.lat", "location.lng"]);
    expect((await api.call("POST", "/api/v1/centers", aCenter({ location: { lat: 33.57, lng: -7.59 } }))).status).toBe(
      201,
    );
  });
});
