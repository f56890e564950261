// First: the API's zod extension must be loaded before the registries' schemas are made.
import "../../../packages/functions/src/api/app.js";

import type { Db } from "@entraide/core/db";
import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../../support/api.js";
import { testDb } from "../../support/db.js";
import { aCenter } from "../../support/fixtures.js";

let db: Db;
let api: Awaited<ReturnType<typeof testApi>>;

beforeAll(async () => {
  db = await testDb();
  api = await testApi({ db });
});

describe("who is signed in (GET /api/auth/me)", () => {
  it("answers each staff member's role, regions and the rights the API enforces", async () => {
    const admin = await api.call("GET", "/api/auth/me");
    expect(admin.status).toBe(200);
    expect(admin.headers.get("cache-control")).toBe("no-store");
    expect(admin.body).toMatchObject({
      user: { id: "admin", kind: "user" },
      role: "admin",
      regions: "all",
      pseudonymous: false,
    });
    expect(admin.body.permissions).toEqual(
      expect.arrayContaining(["centers:write", "api-keys:write", "indicators:write", "pii:read"]),
    );

    const finance = (await api.call("GET", "/api/auth/me", undefined, await api.as("finance"))).body;
    expect(finance).toMatchObject({ user: { id: "finance" }, role: "finance", regions: "all", pseudonymous: true });
    expect(finance.permissions).toContain("beneficiaries:read");
    expect(finance.permissions.filter((p: string) => !p.endsWith(":read"))).toEqual([]);
    expect(finance.permissions).not.toContain("pii:read");
    expect(finance.permissions).not.toContain("api-keys:read");

    const officer = (await api.call("GET", "/api/auth/me", undefined, await api.as("regional"))).body;
    expect(officer).toMatchObject({
      user: { id: "officer-ma06" },
      role: "regional",
      regions: ["MA-06"],
      pseudonymous: false,
    });
    expect(officer.permissions).toEqual(
      expect.arrayContaining(["centers:write", "beneficiaries:write", "indicators:read", "pii:read"]),
    );
    expect(officer.permissions).not.toContain("indicators:write");
  });

  it("lists exactly the rights that the API then grants", async () => {
    const officer = await api.as("regional");
    const { permissions } = (await api.call("GET", "/api/auth/me", undefined, officer)).body;
    // A right listed is honoured, one left out is refused.
    expect((await api.call("POST", "/api/v1/centers", aCenter(), officer)).status).toBe(201);
    expect(permissions).toContain("centers:write");
    expect(permissions).not.toContain("indicators:write");
    expect((await api.call("POST", "/api/v1/indicators/2015/runs", undefined, officer)).status).toBe(403);
  });

  it("answers 401 without credentials, and tells a partner app its key's scopes", async () => {
    const anonymous = await api.call("GET", "/api/auth/me", undefined, { authorization: "" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthorized");
    const key = (
      await api.call("POST", "/api/v1/api-keys", { name: "Partenaire", scopes: ["centers:read"], regions: ["MA-06"] })
    ).body;
    const me = await api.call("GET", "/api/auth/me", undefined, { "x-api-key": key.key });
    expect(me.body).toMatchObject({
      user: { kind: "apiKey", name: "Partenaire" },
      role: "api-key",
      regions: ["MA-06"],
      permissions: ["centers:read"],
    });
  });

  it("is declared in the OpenAPI document with every status and its permission", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    const me = doc.paths["/api/auth/me"].get;
    expect(me.operationId).toBe("getMe");
    expect(me["x-permission"]).toEqual({ signedIn: true });
    expect(Object.keys(me.responses).sort()).toEqual(["200", "401", "429"]);
  });
});
