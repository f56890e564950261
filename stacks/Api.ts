import { Api as HttpApi, Function as SstFunction, type StackContext, use } from "sst/constructs";
import { Auth } from "./Auth.js";
import { apiBucketActions, apiTableActions, grantObjects, grantTable, importBucketActions } from "./access.js";
import { ConsoleHost } from "./ConsoleHost.js";
import { Data } from "./Data.js";
import { functionEnvironment } from "./environment.js";
import { Imports } from "./Imports.js";
import { customDomain, stageSettings } from "./settings.js";

export const apiHandler = "packages/functions/src/lambda/api.handler";
/** Managing partner API keys: staff only ("keys don't make keys"), so the gateway checks the staff token too. */
export const staffOnlyRoutes = ["ANY /api/v1/api-keys", "ANY /api/v1/api-keys/{proxy+}"];
/** Everything else: the app authenticates (staff token or partner API key) or serves it publicly (/api/health, /api/docs). */
export const appRoute = "ANY /{proxy+}";

/**
 * The HTTP API: every route goes to the one Hono function (the same app `npm start`
 * serves), which routes, authenticates, validates and answers.
 *
 * The Cognito JWT authorizer is not the default: partner apps call /api/v1/* with
 * an API key, not a Cognito token, and /api/health and /api/docs are public. It
 * guards the staff-only routes above, before any Lambda runs. Preflight (OPTIONS)
 * requests are answered by API Gateway's CORS before any authorizer.
 */
export function Api({ stack, app }: StackContext) {
  const settings = stageSettings(app.stage);
  const { table, exportsBucket, piiKey } = use(Data);
  const { userPool, consoleClient, issuer } = use(Auth);
  const { origin: consoleOrigin } = use(ConsoleHost);
  const { uploads } = use(Imports);

  const handler = new SstFunction(stack, "ApiHandler", {
    handler: apiHandler,
    description: "Entraide API (Hono)",
    memorySize: "1024 MB",
    // API Gateway gives up after 30 s.
    timeout: "29 seconds",
    environment: functionEnvironment(piiKey, {
      TABLE_NAME: table.tableName,
      EXPORTS_BUCKET: exportsBucket.bucketName,
      IMPORTS_BUCKET: uploads.bucketName,
      CONSOLE_ORIGIN: consoleOrigin,
      COGNITO_ISSUER: issuer,
      COGNITO_CLIENT_ID: consoleClient.userPoolClientId,
    }),
    prefetchSecrets: true,
  });

  const api = new HttpApi(stack, "Api", {
    customDomain: customDomain(settings.apiDomain, settings.hostedZone),
    authorizers: {
      cognito: {
        type: "user_pool",
        userPool: { id: userPool.userPoolId, clientIds: [consoleClient.userPoolClientId], region: app.region },
      },
    },
    // API Gateway answers preflights itself and replaces the app's CORS headers, so these
    // mirror the app's (packages/functions/src/api/app.ts; a stack test compares them).
    cors: {
      allowOrigins: [consoleOrigin],
      allowMethods: ["GET", "POST", "PATCH", "DELETE"],
      allowHeaders: ["authorization", "content-type", "if-match", "idempotency-key", "x-request-id", "x-api-key"],
      exposeHeaders: ["etag", "location", "x-request-id", "retry-after", "idempotent-replayed", "allow"],
      maxAge: "10 minutes",
    },
    routes: {
      ...Object.fromEntries(
        staffOnlyRoutes.map((route) => [route, { function: handler, authorizer: "cognito" as const }]),
      ),
      [appRoute]: { function: handler },
    },
  });

  grantTable(handler, table, apiTableActions);
  // Presigned download links are signed with the API's role: they may read exports, nothing else.
  // Exports are listed from the table, and runs start from the table's stream (stacks/Jobs.ts).
  grantObjects(handler, exportsBucket, apiBucketActions);
  // Import files: upload links are signed with the API's role, and it checks a file is there (HEAD).
  grantObjects(handler, uploads, importBucketActions.api);

  const url = api.customDomainUrl ?? api.url;
  stack.addOutputs({ ApiUrl: url });
  return { api, url };
}
