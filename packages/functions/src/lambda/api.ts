import "../api/openapi-zod.js";

import { createDb } from "@entraide/core/db";
import { handle } from "hono/aws-lambda";
import { defaultRateLimit } from "../api/access/rate-limit.js";
import { createLazyApp } from "../api/lazy-app.js";
import { createCognitoIdentity } from "../auth/cognito-identity.js";
import { readConfig } from "../config.js";
import { awsImportServices } from "../imports/s3-files.js";
import { awsIndicatorServices } from "../jobs/aws-services.js";
import { s3SettingsFromEnv } from "../jobs/s3-objects.js";

/**
 * API Gateway (HTTP API, payload 2.0) entry point: the same Hono app as `npm start`,
 * built on the first request (lazy-app.ts) so the cold start loads little more than the SDK.
 */
const config = readConfig();
const db = createDb({
  tableName: config.TABLE_NAME,
  endpoint: config.DYNAMODB_ENDPOINT,
  piiKey: config.ENTRAIDE_PII_KEY,
});
if (!config.COGNITO_ISSUER || !config.COGNITO_CLIENT_ID) {
  throw new Error(
    "Invalid configuration: the API needs COGNITO_ISSUER and COGNITO_CLIENT_ID (the user pool's issuer URL and the console's app client id)",
  );
}
const identity = createCognitoIdentity({ issuer: config.COGNITO_ISSUER, clientId: config.COGNITO_CLIENT_ID });
const rateLimit = {
  perSecond: config.API_KEY_RATE_PER_SECOND ?? defaultRateLimit.perSecond,
  burst: config.API_KEY_BURST ?? defaultRateLimit.burst,
};
export const app = createLazyApp({
  db,
  docsAssetsUrl: config.DOCS_ASSETS_URL,
  indicators: awsIndicatorServices(config),
  imports: config.IMPORTS_BUCKET ? awsImportServices(db, s3SettingsFromEnv(config.IMPORTS_BUCKET)) : undefined,
  identity,
  consoleOrigin: config.CONSOLE_ORIGIN,
  rateLimit,
});
// `handle` calls nothing but the app's `fetch`.
export const handler = handle(app as unknown as Parameters<typeof handle>[0]);
