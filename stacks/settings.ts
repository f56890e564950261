import * as z from "zod";

/**
 * What differs between stages. Domains come from the environment of `sst deploy`,
 * which SST also reads from `.env.<stage>` (e.g. `.env.prod`), so each stage keeps its own.
 */
const DeployEnv = z.object({
  /** The console's own name, e.g. console.entraide.ma; without it the console keeps its CloudFront address. */
  CONSOLE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/, "a host name such as console.entraide.ma")
    .optional(),
  /** The API's own name, e.g. api.entraide.ma; without it the API keeps its execute-api address. */
  API_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/, "a host name such as api.entraide.ma")
    .optional(),
  /** The Route 53 hosted zone both names live in (defaults to the domain's parent). */
  HOSTED_ZONE: z.string().optional(),
  /**
   * Where the console's sources are (default `admin`). The stack tests point it at a
   * small fixture so they do not depend on the console's full production build.
   */
  ENTRAIDE_CONSOLE_DIR: z.string().default("admin"),
});

export interface StageSettings {
  /** prod keeps its table, bucket and user pool when the stage is removed or a resource is replaced. */
  retainData: boolean;
  consoleDomain?: string;
  apiDomain?: string;
  hostedZone?: string;
  consoleDir: string;
}

export function stageSettings(stage: string, env: Record<string, string | undefined> = process.env): StageSettings {
  const parsed = DeployEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid deploy settings for stage ${stage}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const { CONSOLE_DOMAIN, API_DOMAIN, HOSTED_ZONE, ENTRAIDE_CONSOLE_DIR } = parsed.data;
  return {
    retainData: stage === "prod",
    consoleDomain: CONSOLE_DOMAIN,
    apiDomain: API_DOMAIN,
    hostedZone: HOSTED_ZONE,
    consoleDir: ENTRAIDE_CONSOLE_DIR,
  };
}

/** The custom domain of an SST Api or Distribution, when the stage has one. */
export function customDomain(domainName: string | undefined, hostedZone: string | undefined) {
  if (!domainName) return undefined;
  return { domainName, hostedZone: hostedZone ?? domainName.split(".").slice(1).join(".") };
}
