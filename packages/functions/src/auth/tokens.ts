import { type CryptoKey, type JWTVerifyGetKey, jwtVerify, type KeyObject, SignJWT } from "jose";

/**
 * Staff tokens are ID tokens: Cognito's in AWS (RS256), the local issuer's in
 * `npm start` and tests (ES256). Both are verified the same way — jose's
 * `jwtVerify` against a key set, issuer and audience — and name the user,
 * their groups (`cognito:groups`) and regions (`custom:regions`, e.g. "MA-06,MA-07").
 */
export interface StaffClaims {
  username: string;
  groups: string[];
  regions: string[];
}

export interface TokenCheck {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
}

const REGION = /^MA-(0[1-9]|1[0-2])$/;

/** Tokens verified lately: a console sends the same token with every request for an hour. */
const CACHE_SIZE = 1000;

export function createTokenVerifier(check: TokenCheck) {
  const verified = new Map<string, { claims: StaffClaims; expiresAt: number }>();
  return async (token: string): Promise<StaffClaims> => {
    // A signature checked once stays valid until the token expires: skip the
    // public-key verification (~0.5 ms, the costliest step of a cheap request).
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.claims;
    verified.delete(token);
    const { claims, expiresAt } = await verify(check, token);
    const oldest = verified.keys().next();
    if (verified.size >= CACHE_SIZE && !oldest.done) verified.delete(oldest.value);
    verified.set(token, { claims, expiresAt });
    return claims;
  };
}

async function verify(
  { keys, issuer, audience }: TokenCheck,
  token: string,
): Promise<{ claims: StaffClaims; expiresAt: number }> {
  const { payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: ["RS256", "ES256"] });
  // Cognito's access tokens carry no groups' regions: only ID tokens are accepted.
  if (payload.token_use !== undefined && payload.token_use !== "id") throw new Error("Not an ID token");
  const groups = Array.isArray(payload["cognito:groups"])
    ? payload["cognito:groups"].filter((g): g is string => typeof g === "string")
    : [];
  const regions = String(payload["custom:regions"] ?? "")
    .split(/[\s,]+/)
    .filter((r) => REGION.test(r));
  const username = payload["cognito:username"] ?? payload.username ?? payload.sub;
  if (typeof username !== "string" || !username) throw new Error("The token names no user");
  // `exp` is optional in a JWT: a token without one is remembered 5 minutes at most.
  const expiresAt = typeof payload.exp === "number" ? payload.exp * 1000 : Date.now() + 300_000;
  return { claims: { username, groups, regions }, expiresAt };
}

/** Signs a staff token the way the local issuer does (tests use it to sign in as anyone). */
export function signStaffToken(
  key: CryptoKey | KeyObject,
  claims: StaffClaims,
  options: { issuer: string; audience: string; keyId: string; expiresIn: number },
): Promise<string> {
  return new SignJWT({
    "cognito:username": claims.username,
    "cognito:groups": claims.groups,
    "custom:regions": claims.regions.join(","),
    token_use: "id",
  })
    .setProtectedHeader({ alg: "ES256", kid: options.keyId })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(claims.username)
    .setIssuedAt()
    .setExpirationTime(`${options.expiresIn}s`)
    .sign(key);
}
