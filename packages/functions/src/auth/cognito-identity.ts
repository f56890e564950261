import * as z from "zod";
import type { Identity } from "./identity.js";

/**
 * Staff identities in AWS: a Cognito user pool (groups admin, regional,
 * finance; attribute custom:regions). Tokens are the pool's ID tokens, checked
 * against its published keys; signing in goes through the pool's public
 * InitiateAuth API (USER_PASSWORD_AUTH, an app client without secret).
 */
const Answer = z.object({
  AuthenticationResult: z.object({ IdToken: z.string(), ExpiresIn: z.number() }).optional(),
});

export function createCognitoIdentity(options: { issuer: string; clientId: string }): Identity {
  const location = `${options.issuer}/.well-known/jwks.json`;
  // Made on the first staff token, not at cold start: the key set's `new Headers` loads Node's
  // fetch (~15 ms), and jose itself is loaded then, which partner requests (API keys), health
  // checks and the docs never need.
  let verifier: Promise<Identity["verifyToken"]> | undefined;
  const verifyToken: Identity["verifyToken"] = async (token) => {
    verifier ??= import("./cognito-verifier.js").then(({ cognitoTokenVerifier }) =>
      cognitoTokenVerifier({ keysUrl: location, issuer: options.issuer, clientId: options.clientId }),
    );
    return (await verifier)(token);
  };

  async function login(username: string, password: string) {
    const response = await fetch(`${new URL(options.issuer).origin}/`, {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
      },
      body: JSON.stringify({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: options.clientId,
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    });
    // 400 is Cognito's answer to wrong credentials (NotAuthorizedException, UserNotFoundException).
    if (response.status === 400) return undefined;
    if (!response.ok) throw new Error(`Cognito answered ${response.status} to InitiateAuth`);
    const result = Answer.parse(await response.json()).AuthenticationResult;
    // A challenge (e.g. a new password to choose) is not a session yet.
    return result ? { token: result.IdToken, expiresIn: result.ExpiresIn } : undefined;
  }

  return { verifyToken, login, jwks: { location } };
}
