import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCognitoIdentity } from "../../../packages/functions/src/auth/cognito-identity.js";
import { staff, startTestIssuer, TEST_PASSWORD } from "../../support/auth.js";
import { type Api, securityApi } from "./world.js";

let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
let api: Api;
beforeAll(async () => {
  issuer = await startTestIssuer();
  api = await securityApi({ identity: createCognitoIdentity({ issuer: issuer.issuer, clientId: issuer.audience }) });
});
afterAll(() => issuer.close());

describe("staff identities in AWS (a user pool's protocol, served locally)", () => {
  it("verifies the pool's ID tokens against its published key set", async () => {
    const token = await issuer.mint({ username: "a.benali", groups: ["regional"], regions: ["MA-06", "MA-07"] });
    const answer = await api.call("GET", "/api/v1/centers?regionCode=MA-07", undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(answer.status).toBe(200);
    const other = await api.call("POST", "/api/v1/api-keys", {}, { authorization: `Bearer ${token}` });
    expect(other.status).toBe(403);
  });

  it("signs staff in through InitiateAuth, and answers 401 to wrong credentials", async () => {
    const session = await api.call(
      "POST",
      "/api/auth/login",
      { username: "finance", password: TEST_PASSWORD },
      { authorization: "" },
    );
    expect(session.status).toBe(200);
    expect(session.body.expiresIn).toBe(3600);
    expect(
      (await api.call("GET", "/api/v1/grants", undefined, { authorization: `Bearer ${session.body.token}` })).status,
    ).toBe(200);
    const wrong = await api.call(
      "POST",
      "/api/auth/login",
      { username: "finance", password: "nope" },
      { authorization: "" },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("unauthorized");
  });

  it("points to the pool's key set, and refuses tokens for another client", async () => {
    const jwks = await api.app.request("/api/auth/jwks.json");
    expect(jwks.status).toBe(302);
    expect(jwks.headers.get("location")).toBe(`${issuer.issuer}/.well-known/jwks.json`);
    const elsewhere = await startTestIssuer("another-client");
    try {
      const foreign = await elsewhere.mint(staff.admin);
      expect((await api.call("GET", "/api/v1/centers", undefined, { authorization: `Bearer ${foreign}` })).status).toBe(
        401,
      );
    } finally {
      await elsewhere.close();
    }
  });
});
