/**
 * Entry point of the import jobs (dry runs and commits of CSV/XLSX files),
 * started by the table's stream: see jobs/import-stream.ts.
 */
import { createDb } from "@entraide/core/db";
import { readConfig } from "../config.js";
import { s3ImportFiles } from "../imports/s3-files.js";
import { createImportHandler } from "../jobs/import-stream.js";
import { s3SettingsFromEnv } from "../jobs/s3-objects.js";

const config = readConfig();
if (!config.IMPORTS_BUCKET) throw new Error("Invalid configuration: IMPORTS_BUCKET is required by the import job");
const db = createDb({
  tableName: config.TABLE_NAME,
  endpoint: config.DYNAMODB_ENDPOINT,
  piiKey: config.ENTRAIDE_PII_KEY,
});

export const handler = createImportHandler({ db, files: s3ImportFiles(s3SettingsFromEnv(config.IMPORTS_BUCKET)) });
