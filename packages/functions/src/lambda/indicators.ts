/**
 * Entry point of the yearly bilan. EventBridge Scheduler passes `{ "mode": "nightly" }`
 * (the current year's figures) or `{ "mode": "closing" }` (on 5 January: the closing
 * bilan of the year before, frozen); the table's stream passes the INSERT of each run
 * staff ask for over HTTP (jobs/run-stream.ts). Exports go to the EXPORTS_BUCKET.
 * See jobs/schedule.ts for the schedules.
 */
import { createDb } from "@entraide/core/db";
import { readConfig } from "../config.js";
import { createIndicatorsHandler } from "../jobs/indicators-handler.js";
import { exportStoreFor } from "../jobs/services.js";

const config = readConfig();
if (!config.EXPORTS_BUCKET) throw new Error("Invalid configuration: EXPORTS_BUCKET is required by the indicators job");
const db = createDb({
  tableName: config.TABLE_NAME,
  endpoint: config.DYNAMODB_ENDPOINT,
  piiKey: config.ENTRAIDE_PII_KEY,
});

export const handler = createIndicatorsHandler({ db, store: exportStoreFor(config) });
