import * as z from "zod";

/**
 * Every setting the functions read, validated once at cold start: a missing
 * one fails with its name instead of surfacing as an odd error later.
 */
const LambdaEnv = z.object({
  TABLE_NAME: z.string().min(1, "TABLE_NAME is required: the DynamoDB table's name"),
  ENTRAIDE_PII_KEY: z.string().min(32, "ENTRAIDE_PII_KEY must be a secret of at least 32 characters"),
  DYNAMODB_ENDPOINT: z.url().optional(),
  EXPORTS_BUCKET: z.string().min(1).optional(),
  CONSOLE_ORIGIN: z.string().optional(),
  DOCS_ASSETS_URL: z.url().optional(),
});
export type LambdaConfig = z.infer<typeof LambdaEnv>;

export function readConfig(env: Record<string, string | undefined> = process.env): LambdaConfig {
  const result = LambdaEnv.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
}
