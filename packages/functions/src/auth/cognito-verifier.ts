import { createRemoteJWKSet } from "jose";
import type { Identity } from "./identity.js";
import { createTokenVerifier } from "./tokens.js";

/** The user pool's token check, against its published keys: loaded with the first staff token (cognito-identity.ts). */
export function cognitoTokenVerifier(options: {
  keysUrl: string;
  issuer: string;
  clientId: string;
}): Identity["verifyToken"] {
  return createTokenVerifier({
    keys: createRemoteJWKSet(new URL(options.keysUrl)),
    issuer: options.issuer,
    audience: options.clientId,
  });
}
