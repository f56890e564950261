import { createHash, createPrivateKey, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { createLocalJWKSet, type JWK } from "jose";
import type { Identity } from "./identity.js";
import { verifyPassword } from "./passwords.js";
import { createTokenVerifier, type StaffClaims, signStaffToken } from "./tokens.js";

/**
 * The identity service of `npm start` (and of tests): three staff members,
 * ES256 tokens signed with a key pair kept in DATA_DIR, published as a JWKS —
 * and verified through the same path as Cognito's.
 */
export const LOCAL_ISSUER = "urn:entraide:local-issuer";
export const LOCAL_AUDIENCE = "entraide-console";
const TOKEN_LIFETIME_S = 8 * 3600;

export const localUsers: StaffClaims[] = [
  { username: "admin", groups: ["admin"], regions: [] },
  { username: "finance", groups: ["finance"], regions: [] },
  // Regional officer of Casablanca-Settat.
  { username: "officer-ma06", groups: ["regional"], regions: ["MA-06"] },
];

/** A new signing key (private JWK, P-256). */
export function newSigningKey(): JsonWebKey {
  return generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });
}

export interface LocalIdentity extends Identity {
  /** Signs a token for anyone (tests sign in as any role with it). */
  issue(claims: StaffClaims): Promise<string>;
}

/** `passwordHash` may be read at each sign-in, so `npm run reset-password` applies to a running server. */
export function createLocalIdentity(options: {
  signingKey: JsonWebKey;
  passwordHash: string | (() => string);
}): LocalIdentity {
  const privateKey = createPrivateKey({ key: options.signingKey, format: "jwk" });
  const { crv, kty, x, y } = options.signingKey;
  // RFC 7638 thumbprint: the required members in lexicographic order.
  const kid = createHash("sha256").update(JSON.stringify({ crv, kty, x, y })).digest("base64url");
  const publicKey: JWK = { crv, kty, x, y, kid, alg: "ES256", use: "sig" };
  const jwks = { keys: [publicKey] };
  const verifyToken = createTokenVerifier({
    keys: createLocalJWKSet(jwks),
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
  });
  const issue = (claims: StaffClaims) =>
    signStaffToken(privateKey, claims, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      keyId: kid,
      expiresIn: TOKEN_LIFETIME_S,
    });

  async function login(username: string, password: string) {
    const user = localUsers.find((u) => u.username === username);
    // The hash is checked for unknown names too: the answer takes as long either way.
    const valid = await verifyPassword(
      password,
      typeof options.passwordHash === "function" ? options.passwordHash() : options.passwordHash,
    );
    if (!user || !valid) return undefined;
    return { token: await issue(user), expiresIn: TOKEN_LIFETIME_S };
  }

  return { verifyToken, login, jwks, issue };
}
