import * as z from "zod";

/**
 * Every setting the functions read, validated once at cold start: a missing
 * one fails with its name instead of surfacing as an odd error later.
 * The AWS stacks set these variables (stacks/environment.ts); `npm start` and tests pass their own.
 */
const required = (message: string) => z.string({ error: message }).min(1, message);

const LambdaEnv = z.object({
  TABLE_NAME: required("TABLE_NAME is required: the DynamoDB table's name"),
  ENTRAIDE_PII_KEY: z
    .string({
      error:
        "ENTRAIDE_PII_KEY is required: the key of the personal-data hashes (in AWS: `npx sst secrets set ENTRAIDE_PII_KEY <value> --stage <stage>`, then deploy again)",
    })
    .min(32, "ENTRAIDE_PII_KEY must be a secret of at least 32 characters"),
  /** DynamoDB Local (npm start, tests); absent in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Where the bilan's exports are kept; absent locally (they go to DATA_DIR/exports). */
  EXPORTS_BUCKET: z.string().min(1).optional(),
  /** Where uploaded import files wait for their job (private, deleted after 30 days). */
  IMPORTS_BUCKET: z.string().min(1).optional(),
  /** The console's origin (https://…), the only one the API's CORS allows. */
  CONSOLE_ORIGIN: z.string().optional(),
  DOCS_ASSETS_URL: z.url().optional(),
  /** Who issues the staff's tokens (the Cognito user pool's URL) and for which client, to verify them. */
  COGNITO_ISSUER: z.url().optional(),
  COGNITO_CLIENT_ID: z.string().min(1).optional(),
  /** Requests a second per partner API key, and the burst allowed (per Lambda instance); default 20 and 40. */
  API_KEY_RATE_PER_SECOND: z.coerce.number().positive().optional(),
  API_KEY_BURST: z.coerce.number().int().min(1).optional(),
});
export type LambdaConfig = z.infer<typeof LambdaEnv>;
export type LambdaSetting = keyof LambdaConfig;

/**
 * In AWS the key is an SST `Config.Secret`. SST copies its value into this variable
 * at deploy time (prefetchSecrets), so no cold start waits for SSM; until the secret
 * is set the variable holds SST's placeholder, which counts as missing.
 */
export const piiKeySecretVariable = "SST_Secret_value_ENTRAIDE_PII_KEY";
export const secretNotFetched = "__FETCH_FROM_SSM__";

export function readConfig(env: Record<string, string | undefined> = process.env): LambdaConfig {
  const fromSecret = env[piiKeySecretVariable] === secretNotFetched ? undefined : env[piiKeySecretVariable];
  const result = LambdaEnv.safeParse({ ...env, ENTRAIDE_PII_KEY: env.ENTRAIDE_PII_KEY ?? fromSecret });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
}
