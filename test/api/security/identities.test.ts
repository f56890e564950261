import { createPrivateKey } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createLocalIdentity,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  newSigningKey,
} from "../../../packages/functions/src/auth/local-identity.js";
import { signStaffToken } from "../../../packages/functions/src/auth/tokens.js";
import { staff, TEST_PASSWORD } from "../../support/auth.js";
import { must } from "../../support/must.js";
import { type Api, securityApi } from "./world.js";

let api: Api;
beforeAll(async () => {
  api = await securityApi();
});

const anonymous = { authorization: "" };
const login = (username: string, password: string) =>
  api.call("POST", "/api/auth/login", { username, password }, anonymous);

describe("signing in", () => {
  it("gives each of the three local staff members a token the API accepts", async () => {
    for (const username of ["admin", "finance", "officer-ma06"]) {
      const session = await login(username, TEST_PASSWORD);
      expect(session.status).toBe(200);
      expect(session.body.expiresIn).toBeGreaterThan(0);
      expect(session.headers.get("cache-control")).toBe("no-store");
      const read = await api.call("GET", "/api/v1/centers", undefined, {
        authorization: `Bearer ${session.body.token}`,
      });
      expect(read.status).toBe(200);
    }
  });

  it("answers 401 in the one error shape to a wrong password or an unknown user, and 400 to a malformed body", async () => {
    for (const [username, password] of [
      ["admin", "wrong"],
      ["nobody", TEST_PASSWORD],
      ["admin", TEST_PASSWORD.toUpperCase()],
    ] as const) {
      const refused = await login(username, password);
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({
        error: { code: "unauthorized", message: "Wrong username or password", issues: [] },
      });
    }
    const malformed = await api.call(
      "POST",
      "/api/auth/login",
      { username: "admin", password: TEST_PASSWORD, role: "admin" },
      anonymous,
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues).toEqual([{ path: "role", message: "Unknown field" }]);
  });

  it("publishes the issuer's public key set, without the private part", async () => {
    const jwks = await api.call("GET", "/api/auth/jwks.json", undefined, anonymous);
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys).toHaveLength(1);
    expect(jwks.body.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    expect(jwks.body.keys[0]).not.toHaveProperty("d");
  });
});

describe("credentials", () => {
  let keyId = "unknown";
  const sign = (
    key = newSigningKey(),
    claims = staff.admin,
    issuer = LOCAL_ISSUER,
    audience = LOCAL_AUDIENCE,
    expiresIn = 600,
  ) => signStaffToken(createPrivateKey({ key, format: "jwk" }), claims, { issuer, audience, keyId, expiresIn });

  it("answers 401 without credentials, with a garbled or foreign token, and with both a token and a key", async () => {
    const cases: Record<string, string>[] = [
      anonymous,
      { authorization: "Bearer not-a-token" },
      { authorization: "Basic YWRtaW46YWRtaW4=" },
      // Signed by another key, under our issuer's name.
      { authorization: `Bearer ${await sign()}` },
      { ...(await api.as("admin")), "x-api-key": "ek_live_whatever" },
      { "x-api-key": "ek_live_01J0000000000000000000ZZZZsecret" },
    ];
    for (const headers of cases) {
      const answer = await api.call("GET", "/api/v1/centers", undefined, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.body.error.code).toBe("unauthorized");
      expect(answer.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("refuses a token signed by the issuer's own key for another audience, another issuer, past its expiry, or altered", async () => {
    const key = newSigningKey();
    const own = await securityApi({
      identity: createLocalIdentity({ signingKey: key, passwordHash: "scrypt$unused" }),
      db: api.db,
    });
    const status = async (token: string) =>
      (await own.call("GET", "/api/v1/centers", undefined, { authorization: `Bearer ${token}` })).status;
    keyId = (await own.call("GET", "/api/auth/jwks.json")).body.keys[0].kid;
    expect(await status(await sign(key))).toBe(200);
    expect(await status(await sign(key, staff.admin, LOCAL_ISSUER, "another-app"))).toBe(401);
    expect(await status(await sign(key, staff.admin, "https://elsewhere.example", LOCAL_AUDIENCE))).toBe(401);
    expect(await status(await sign(key, staff.admin, LOCAL_ISSUER, LOCAL_AUDIENCE, -60))).toBe(401);
    // A finance token turned into an administrator's: the signature no longer matches.
    const [header, payload, signature] = (await sign(key, staff.finance)).split(".");
    const claims = {
      ...JSON.parse(Buffer.from(must(payload, "a token's payload"), "base64url").toString()),
      "cognito:groups": ["admin"],
    };
    expect(await status(`${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`)).toBe(
      401,
    );
  });

  it("grants nothing to a valid token of a group it doesn't know", async () => {
    const stranger = await api.identity.issue({ username: "visitor", groups: ["visitors"], regions: [] });
    const answer = await api.call("GET", "/api/v1/centers", undefined, { authorization: `Bearer ${stranger}` });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe("forbidden");
  });

  it("lets anyone read health, the OpenAPI document and the docs page", async () => {
    for (const path of ["/api/health", "/api/openapi.json", "/api/docs"])
      expect((await api.app.request(path)).status, path).toBe(200);
  });

  it("echoes the caller's X-Request-Id, or makes one up", async () => {
    const given = await api.call("GET", "/api/health", undefined, { "x-request-id": "req-42.a" });
    expect(given.headers.get("x-request-id")).toBe("req-42.a");
    const made = await api.call("GET", "/api/v1/centers", undefined, { "x-request-id": "no spaces allowed" });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("hardening", () => {
  it("allows CORS from the console's origin only, and sets secure headers", async () => {
    const cross = await securityApi({ db: api.db, consoleOrigin: "https://console.entraide.ma" });
    const preflight = (origin: string) =>
      cross.app.request("/api/v1/centers", {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization,idempotency-key",
        },
      });
    const fromConsole = await preflight("https://console.entraide.ma");
    expect(fromConsole.status).toBe(204);
    expect(fromConsole.headers.get("access-control-allow-origin")).toBe("https://console.entraide.ma");
    expect(fromConsole.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("idempotency-key");
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).not.toBe(
      "https://evil.example",
    );
    const read = await cross.call("GET", "/api/v1/centers", undefined, { origin: "https://console.entraide.ma" });
    expect(read.headers.get("access-control-expose-headers")?.toLowerCase()).toContain("x-request-id");
    // Locally the console is served by the API itself: no CORS at all.
    expect(
      (await api.call("GET", "/api/v1/centers", undefined, { origin: "https://console.entraide.ma" })).headers.get(
        "access-control-allow-origin",
      ),
    ).toBeNull();
    expect(read.headers.get("x-content-type-options")).toBe("nosniff");
    expect(read.headers.get("strict-transport-security")).toBeTruthy();
  });
});
