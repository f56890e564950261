import { createDb } from "@entraide/core/db";
import { handle } from "hono/aws-lambda";
import { createApp } from "../api/app.js";
import { readConfig } from "../config.js";

/** API Gateway (HTTP API, payload 2.0) entry point: the same Hono app as `npm start`. */
const config = readConfig();
const db = createDb({ tableName: config.TABLE_NAME, endpoint: config.DYNAMODB_ENDPOINT, piiKey: config.ENTRAIDE_PII_KEY });
export const app = createApp({ db, docsAssetsUrl: config.DOCS_ASSETS_URL });
export const handler = handle(app);
