import type { Config } from "sst/constructs";
import { type LambdaSetting, piiKeySecretVariable, secretNotFetched } from "../packages/functions/src/config.js";

/**
 * A function's settings, by the names `packages/functions/src/config.ts` validates
 * at cold start, plus the PII key secret.
 *
 * The secret is not `bind`-ed: binding grants the function `ssm:GetParameters` for
 * a fetch it never makes. With `prefetchSecrets: true` SST's deploy step replaces
 * this placeholder with the secret's value (and fails the deploy if it is unset).
 */
export function functionEnvironment(
  piiKey: Config.Secret,
  settings: Partial<Record<LambdaSetting, string>>,
): Record<string, string> {
  if (`SST_Secret_value_${piiKey.name}` !== piiKeySecretVariable) {
    throw new Error(`The functions read the PII key from ${piiKeySecretVariable}, not from the secret ${piiKey.name}`);
  }
  const defined = Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...Object.fromEntries(defined), [piiKeySecretVariable]: secretNotFetched };
}
