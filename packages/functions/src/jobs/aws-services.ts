import { startedByTableStream } from "./run-stream.js";
import { s3ExportStore } from "./s3-export-store.js";
import type { IndicatorServices } from "./services.js";

/**
 * The bilan's services in AWS: exports in the exports bucket, and runs started by
 * the table's stream (the API only records them). Only these two modules, so the
 * API's Lambda bundle leaves out the in-process runner of `npm start` and the job it runs.
 */
export function awsIndicatorServices(config: { EXPORTS_BUCKET?: string }): IndicatorServices {
  if (!config.EXPORTS_BUCKET)
    throw new Error("Invalid configuration: the API needs EXPORTS_BUCKET in AWS (the exports bucket)");
  return { store: s3ExportStore(config.EXPORTS_BUCKET), launch: startedByTableStream };
}
