import { beforeAll, describe, expect, it } from "vitest";
import { deleteCurrent } from "../../support/requests.js";
import { type Api, buildRegion, people, type Records, scanAll, securityApi } from "./world.js";

let api: Api;
let own: Records;
let other: Records;
beforeAll(async () => {
  api = await securityApi();
  [own, other] = [await buildRegion(api, "own"), await buildRegion(api, "other")];
});

async function newKey(body: Record<string, unknown>, on: Api = api) {
  const answer = await on.call("POST", "/api/v1/api-keys", { name: "Application partenaire", ...body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: string; key: string; scopes: string[] };
}
const withKey = (key: string) => ({ "x-api-key": key });

describe("partner API keys", () => {
  it("are shown once, stored as a hash only, and never read back", async () => {
    const made = await newKey({ scopes: ["centers:read"] });
    expect(made.key).toMatch(/^ek_live_[0-9A-Z]{26}[A-Za-z0-9_-]{43}$/);
    const read = await api.call("GET", `/api/v1/api-keys/${made.id}`);
    expect(read.body).toMatchObject({
      id: made.id,
      name: "Application partenaire",
      scopes: ["centers:read"],
      createdBy: "user:admin",
    });
    expect(read.body).not.toHaveProperty("key");
    expect(read.body).not.toHaveProperty("keyHash");
    expect((await api.call("GET", "/api/v1/api-keys")).body.items.map((k: { id: string }) => k.id)).toContain(made.id);
    const stored = JSON.stringify(await scanAll(api.db));
    expect(stored).not.toContain(made.key);
    expect(stored).not.toContain(made.key.slice(34));
  });

  it("refuse unknown scopes, the right to make keys, past expiry dates and unknown fields", async () => {
    const refused = await api.call("POST", "/api/v1/api-keys", {
      name: "x1",
      scopes: ["centers:read", "centres:read", "api-keys:write"],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["scopes.1", "scopes.2"]);
    const past = await api.call("POST", "/api/v1/api-keys", {
      name: "x2",
      scopes: ["centers:read"],
      expiresAt: "2020-01-01T00:00:00Z",
    });
    expect(past.body.error.issues).toEqual([{ path: "expiresAt", message: "expiresAt is in the past" }]);
    const extra = await api.call("POST", "/api/v1/api-keys", { name: "x3", scopes: ["centers:read"], admin: true });
    expect(extra.body.error.issues).toEqual([{ path: "admin", message: "Unknown field" }]);
  });

  it("give a partner app exactly its scopes, in its regions", async () => {
    const { key } = await newKey({ scopes: ["centers:read", "enrollments:write"], regions: ["MA-06"] });
    const centers = await api.call("GET", "/api/v1/centers", undefined, withKey(key));
    expect(centers.status).toBe(200);
    expect(centers.body.items.map((c: { id: string }) => c.id)).toEqual([own.centers.id]);
    expect((await api.call("GET", `/api/v1/centers/${other.centers.id}`, undefined, withKey(key))).status).toBe(404);
    expect((await api.call("GET", "/api/v1/beneficiaries", undefined, withKey(key))).status).toBe(403);
    const enrollment = {
      beneficiaryId: own.beneficiaries.id,
      centerId: own.centers.id,
      service: "counseling",
      startDate: "2024-03-01",
    };
    const enrolled = await api.call("POST", "/api/v1/enrollments", enrollment, withKey(key));
    expect(enrolled.status).toBe(201);
    const abroad = await api.call(
      "POST",
      "/api/v1/enrollments",
      { ...enrollment, beneficiaryId: other.beneficiaries.id },
      withKey(key),
    );
    expect(abroad.status).toBe(403);
    expect((await api.call("POST", "/api/v1/centers", {}, withKey(key))).status).toBe(403);
  });

  it("mask national IDs and phones unless the key has pii:read", async () => {
    const masked = await newKey({ scopes: ["beneficiaries:read"] });
    const clear = await newKey({ scopes: ["beneficiaries:read", "pii:read"] });
    const path = `/api/v1/beneficiaries/${own.beneficiaries.id}`;
    expect((await api.call("GET", path, undefined, withKey(masked.key))).body).toMatchObject({
      nationalId: "BK****56",
      phone: "06******78",
      firstName: "Fatima",
    });
    expect((await api.call("GET", path, undefined, withKey(clear.key))).body).toMatchObject(people.own);
  });

  it("stop working once revoked (DELETE or POST …/revoke) or expired", async () => {
    const first = await newKey({ scopes: ["centers:read"] });
    const second = await newKey({ scopes: ["centers:read"] });
    expect((await api.call("GET", "/api/v1/centers", undefined, withKey(first.key))).status).toBe(200);
    expect((await deleteCurrent(api.call, `/api/v1/api-keys/${first.id}`)).status).toBe(204);
    const revoked = await api.call("POST", `/api/v1/api-keys/${second.id}/revoke`);
    expect(revoked.body.revokedAt).toBeTruthy();
    for (const { key } of [first, second])
      expect((await api.call("GET", "/api/v1/centers", undefined, withKey(key))).status).toBe(401);
    // Revoking again changes nothing.
    expect((await api.call("POST", `/api/v1/api-keys/${second.id}/revoke`)).body.revokedAt).toBe(
      revoked.body.revokedAt,
    );

    const expiresAt = Date.now() + 3000;
    const soon = await newKey({ scopes: ["centers:read"], expiresAt: new Date(expiresAt).toISOString() });
    expect((await api.call("GET", "/api/v1/centers", undefined, withKey(soon.key))).status).toBe(200);
    await new Promise((r) => setTimeout(r, expiresAt - Date.now() + 50));
    expect((await api.call("GET", "/api/v1/centers", undefined, withKey(soon.key))).status).toBe(401);
  });

  it("record their last use, at most once a minute", async () => {
    const made = await newKey({ scopes: ["centers:read"] });
    expect((await api.call("GET", `/api/v1/api-keys/${made.id}`)).body.lastUsedAt).toBeUndefined();
    await api.call("GET", "/api/v1/centers", undefined, withKey(made.key));
    const firstUse = (await api.call("GET", `/api/v1/api-keys/${made.id}`)).body.lastUsedAt;
    expect(firstUse).toBeTruthy();
    await api.call("GET", "/api/v1/centers", undefined, withKey(made.key));
    expect((await api.call("GET", `/api/v1/api-keys/${made.id}`)).body.lastUsedAt).toBe(firstUse);
  });

  it("are rate limited per key: 429 with Retry-After in the one error shape once the burst is spent", async () => {
    const limited = await securityApi({ db: api.db, rateLimit: { perSecond: 0.01, burst: 3 } });
    const [one, two] = [
      await newKey({ scopes: ["centers:read"] }, limited),
      await newKey({ scopes: ["centers:read"] }, limited),
    ];
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await limited.call("GET", "/api/v1/centers", undefined, withKey(one.key))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await limited.call("GET", "/api/v1/centers", undefined, withKey(one.key));
    expect(refused.body.error.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Each key has its own bucket; staff tokens are not limited.
    expect((await limited.call("GET", "/api/v1/centers", undefined, withKey(two.key))).status).toBe(200);
    expect((await limited.call("GET", "/api/v1/centers")).status).toBe(200);
  });
});
