import type { Db } from "@entraide/core/db";
import type { DemoDataState } from "@entraide/core/glossary/local-server";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import type { Identity } from "../auth/identity.js";
import type { SignInThrottle } from "../auth/sign-in-throttle.js";
import type { ImportServices } from "../imports/services.js";
import type { IndicatorServices } from "../jobs/services.js";
import { accessGuard } from "./access/guard.js";
import { idempotency } from "./access/idempotency.js";
import { anyone, RouteTable } from "./access/permissions.js";
import { personalDataShaping } from "./access/personal-data.js";
import { defaultRateLimit, type RateLimit } from "./access/rate-limit.js";
import { regionGate } from "./access/region-gate.js";
import { type LogLine, requestContext } from "./access/request-context.js";
import { authRoutes } from "./auth-routes.js";
import { registerDocs } from "./docs.js";
import type { AppEnv } from "./env.js";
import { errorResponse, onError, validationHook } from "./errors.js";
import { healthRoute } from "./health.js";
import { meRoute } from "./me-route.js";
import { allowedMethods, declaredBodyTypes } from "./methods.js";
import { uploadRoute } from "./routes/import-files.js";
import { resourceRoutes } from "./routes/index.js";

export interface AppDeps {
  db: Db;
  /** Where /api/docs loads swagger-ui from. */
  docsAssetsUrl?: string;
  /**
   * Export store and run launcher of the bilan, given by the entry point: S3 and the table's
   * stream in Lambda, a folder and this process locally (jobs/services.ts). No default here,
   * so the Lambda bundle does not carry the local runner and the job it runs.
   */
  indicators: IndicatorServices;
  /** Where import files go and how import jobs run (imports/services.ts); the import routes answer 422 without. */
  imports?: ImportServices;
  /** Who signs staff in and verifies their tokens: Cognito in AWS, the local issuer otherwise. */
  identity: Identity;
  /** The console's origin when it is served from elsewhere (AWS): the only one CORS allows. Absent: same origin. */
  consoleOrigin?: string;
  /** Requests per API key (each process counts its own). */
  rateLimit?: RateLimit;
  /** Where the one line per request goes (console.log by default). */
  log?: LogLine;
  /** `npm start`: whether the first start's demo data is there yet (told by /api/health). */
  demoData?: () => DemoDataState;
  /** How failed sign-ins slow down (auth/sign-in-throttle.ts); the default policy otherwise. */
  signInThrottle?: SignInThrottle;
}

/** The whole HTTP API; the same app runs in Lambda and in `npm start`. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const indicators = deps.indicators;
  const routes = new RouteTable(app);
  app.onError(onError);
  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const allow = allowed(c.req.path);
    if (allow.length === 0) return errorResponse(c, 404, "not_found", `No route ${c.req.method} ${c.req.path}`);
    c.header("Allow", allow.join(", "));
    return errorResponse(
      c,
      405,
      "method_not_allowed",
      `${c.req.path} answers ${allow.join(", ")}, not ${c.req.method}`,
    );
  });
  app.use("/api/*", requestContext(deps.log ?? ((line) => console.log(line))));
  if (deps.consoleOrigin) app.use("/api/*", cors({ origin: deps.consoleOrigin, ...corsHeaders }));
  app.use("/api/*", secureHeaders({ crossOriginResourcePolicy: false }));
  const limit = bodyLimit({
    maxSize: 256 * 1024,
    onError: (c) => errorResponse(c, 413, "payload_too_large", "The body is larger than 256 KB"),
  });
  // An import's file (≤ 50 MB) is streamed to disk by its own route, which counts its bytes. GET and HEAD
  // carry no body: asking for one would make the Node server build a full Request for every read.
  app.use("/api/*", (c, next) =>
    bodiless.has(c.req.method) || (c.req.method === "PUT" && uploadRoute.test(c.req.path)) ? next() : limit(c, next),
  );
  app.use("/api/*", async (c, next) => {
    c.set("db", deps.db);
    c.set("indicators", indicators);
    if (deps.imports) c.set("imports", deps.imports);
    await next();
  });
  // Who may see what (docs/security.md): rights, regions, retries, personal data — in this order.
  app.use(
    "/api/*",
    accessGuard({ routes, identity: deps.identity, db: deps.db, rateLimit: deps.rateLimit ?? defaultRateLimit }),
  );
  app.use("/api/*", declaredBodyTypes(routes));
  app.use("/api/*", regionGate());
  app.use("/api/*", idempotency());
  app.use("/api/*", personalDataShaping());

  healthRoute(app, deps.db, deps.demoData);
  authRoutes(app, deps.identity, deps.signInThrottle);
  meRoute(app, routes);
  for (const register of resourceRoutes) register(app, routes);
  registerDocs(app, deps.docsAssetsUrl ?? "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5");
  for (const path of ["/api/openapi.json", "/api/docs"]) routes.declare("GET", path, anyone["x-permission"]);
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "apiKey",
    in: "header",
    name: "X-Api-Key",
  });
  return app;
}

const bodiless = new Set(["GET", "HEAD"]);

const corsHeaders = {
  allowHeaders: ["Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id", "X-Api-Key"],
  allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
  exposeHeaders: ["ETag", "Location", "X-Request-Id", "Retry-After", "Idempotent-Replayed", "Allow"],
  maxAge: 600,
};

export type App = ReturnType<typeof createApp>;
