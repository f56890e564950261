import { join } from "node:path";
import type { Db } from "@entraide/core/db";
import type { ExportStore } from "./export-store.js";
import { folderExportStore } from "./folder-export-store.js";
import { inProcessLauncher, type RunLauncher } from "./launcher.js";
import { s3ExportStore } from "./s3-export-store.js";

/** What the indicator and export routes need besides the table. */
export interface IndicatorServices {
  store: ExportStore;
  launch: RunLauncher;
}

/** The export store of a deployment: S3 when a bucket is configured, else DATA_DIR/exports. */
export function exportStoreFor(config: { EXPORTS_BUCKET?: string; dataDir?: string }): ExportStore {
  return config.EXPORTS_BUCKET
    ? s3ExportStore(config.EXPORTS_BUCKET)
    : folderExportStore(join(config.dataDir ?? process.env.DATA_DIR ?? ".data", "exports"));
}

/** `npm start` and tests: runs started from the API go on in this process (AWS: see aws-services.ts). */
export function indicatorServicesFor(db: Db, config: { EXPORTS_BUCKET?: string; dataDir?: string }): IndicatorServices {
  const store = exportStoreFor(config);
  return { store, launch: inProcessLauncher({ db, store }) };
}
