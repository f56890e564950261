import type { ExportStore } from "./export-store.js";
import type { RunLauncher } from "./launcher.js";
import type { IndicatorServices } from "./services.js";

/**
 * The bilan's services in AWS: exports in the exports bucket, runs started on the
 * job function.
 *
 * The S3 and Lambda clients (~280 KB of SDK) are loaded on first use, not at cold
 * start: most requests never touch exports or runs. The Lambda bundles are split
 * (stacks/bundling.ts), so these imports are separate files loaded when needed.
 * Nothing here imports the in-process runner of `npm start` or the job it runs.
 */
export function awsIndicatorServices(config: { EXPORTS_BUCKET?: string; INDICATORS_FUNCTION_NAME?: string }): IndicatorServices {
  if (!config.EXPORTS_BUCKET || !config.INDICATORS_FUNCTION_NAME) {
    throw new Error("Invalid configuration: the API needs EXPORTS_BUCKET and INDICATORS_FUNCTION_NAME in AWS (the exports bucket, the bilan job)");
  }
  const functionName = config.INDICATORS_FUNCTION_NAME;
  const launcher = once(async () => (await import("./lambda-launcher.js")).lambdaLauncher(functionName));
  const launch: RunLauncher = async (run) => (await launcher())(run);
  return { store: lazyS3ExportStore(config.EXPORTS_BUCKET), launch };
}

/** The exports bucket as an ExportStore whose S3 client is loaded by the first call. */
export function lazyS3ExportStore(bucket: string): ExportStore {
  const store = once(async () => (await import("./s3-export-store.js")).s3ExportStore(bucket));
  return {
    put: async (id, body) => (await store()).put(id, body),
    list: async (year) => (await store()).list(year),
    open: async (id) => (await store()).open(id),
    downloadUrl: async (id) => (await store()).downloadUrl(id),
  };
}

/** The first call's promise, shared by every later call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
