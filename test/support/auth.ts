import { createPrivateKey } from "node:crypto";
import { createServer, type Server } from "node:http";
import {
  createLocalIdentity,
  type LocalIdentity,
  localUsers,
  newSigningKey,
} from "../../packages/functions/src/auth/local-identity.js";
import { hashPassword } from "../../packages/functions/src/auth/passwords.js";
import { type StaffClaims, signStaffToken } from "../../packages/functions/src/auth/tokens.js";
import { must } from "./must.js";

/** The password of the test identity's three staff members. */
export const TEST_PASSWORD = "correct horse battery staple";

/** The staff of `npm start`: admin, finance, and the regional officer of Casablanca-Settat (MA-06). */
export const staff = {
  admin: must(
    localUsers.find((u) => u.username === "admin"),
    "the local user admin",
  ),
  finance: must(
    localUsers.find((u) => u.username === "finance"),
    "the local user finance",
  ),
  regional: must(
    localUsers.find((u) => u.username === "officer-ma06"),
    "the local user officer-ma06",
  ),
};
export type StaffName = keyof typeof staff;

let shared: Promise<LocalIdentity> | undefined;

/** A local issuer with a key pair made for this test run (one per process: the password hash takes a moment). */
export function testIdentity(): Promise<LocalIdentity> {
  shared ??= hashPassword(TEST_PASSWORD).then((passwordHash) =>
    createLocalIdentity({ signingKey: newSigningKey(), passwordHash }),
  );
  return shared;
}

/** `Authorization: Bearer …` of a staff member, or of any claims. */
export async function bearer(who: StaffName | StaffClaims): Promise<Record<string, string>> {
  const identity = await testIdentity();
  return { authorization: `Bearer ${await identity.issue(typeof who === "string" ? staff[who] : who)}` };
}

/**
 * A stand-in for a Cognito user pool, for tests of the Lambda handler: it
 * publishes a key set at `<issuer>/.well-known/jwks.json` over HTTP, as Cognito
 * does, and answers InitiateAuth (USER_PASSWORD_AUTH) for the three staff
 * members with TEST_PASSWORD. Set COGNITO_ISSUER = `issuer` and
 * COGNITO_CLIENT_ID = `audience`, then send `Authorization: Bearer ${await mint(staff.admin)}`.
 */
export async function startTestIssuer(audience = "test-console-client") {
  const signingKey = newSigningKey();
  const { crv, kty, x, y } = signingKey;
  const jwks = { keys: [{ crv, kty, x, y, kid: "test", alg: "ES256", use: "sig" }] };
  const privateKey = createPrivateKey({ key: signingKey, format: "jwk" });
  let issuer = "";
  const mint = (claims: StaffClaims) =>
    signStaffToken(privateKey, claims, { issuer, audience, keyId: "test", expiresIn: 3600 });

  const server: Server = createServer(async (req, res) => {
    const answer = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.method === "GET" && req.url?.endsWith("/.well-known/jwks.json")) return answer(200, jwks);
    if (req.method !== "POST" || req.headers["x-amz-target"] !== "AWSCognitoIdentityProviderService.InitiateAuth")
      return answer(404, {});
    let text = "";
    for await (const chunk of req) text += chunk;
    const { ClientId, AuthParameters } = JSON.parse(text) as {
      ClientId: string;
      AuthParameters: { USERNAME: string; PASSWORD: string };
    };
    const user = Object.values(staff).find((u) => u.username === AuthParameters.USERNAME);
    if (ClientId !== audience || !user || AuthParameters.PASSWORD !== TEST_PASSWORD)
      return answer(400, { __type: "NotAuthorizedException" });
    return answer(200, { AuthenticationResult: { IdToken: await mint(user), ExpiresIn: 3600 } });
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}/test-pool`;
  return { issuer, audience, mint, close: () => new Promise<void>((done) => server.close(() => done())) };
}
