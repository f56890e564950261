import type { StaffClaims } from "./tokens.js";

/**
 * Where staff identities come from: Cognito in AWS, the local issuer in
 * `npm start` and tests. The API needs three things of it.
 */
export interface Identity {
  /** Verifies a bearer token (jose `jwtVerify` against the issuer's key set) and says whom it names. */
  verifyToken(token: string): Promise<StaffClaims>;
  /** Signs a staff member in: a token, or undefined on wrong credentials. */
  login(username: string, password: string): Promise<{ token: string; expiresIn: number } | undefined>;
  /** What `GET /api/auth/jwks.json` answers: the issuer's public keys, or where the issuer publishes them. */
  jwks: { keys: object[] } | { location: string };
}
