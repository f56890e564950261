import { OpenAPIHono } from "@hono/zod-openapi";
import type { Db } from "@entraide/core/db";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { registerDocs } from "./docs.js";
import type { AppEnv } from "./env.js";
import { errorResponse, onError, validationHook } from "./errors.js";
import { resourceRoutes } from "./routes/index.js";

export interface AppDeps {
  db: Db;
  /** Where /api/docs loads swagger-ui from. */
  docsAssetsUrl?: string;
}

/** The whole HTTP API; the same app runs in Lambda and in `npm start`. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never });
  app.onError(onError);
  app.notFound((c) => errorResponse(c, 404, "not_found", `No route ${c.req.method} ${c.req.path}`));
  app.use("/api/*", secureHeaders({ crossOriginResourcePolicy: false }));
  app.use("/api/*", bodyLimit({ maxSize: 256 * 1024, onError: (c) => errorResponse(c, 413, "payload_too_large", "The body is larger than 256 KB") }));
  app.use("/api/*", async (c, next) => {
    c.set("db", deps.db);
    await next();
  });

  app.get("/api/health", async (c) => {
    try {
      await deps.db.doc.send(new DescribeTableCommand({ TableName: deps.db.tableName }));
      return c.json({ status: "ok" }, 200);
    } catch {
      return errorResponse(c, 503, "unavailable", "The table is not ready");
    }
  });

  for (const register of resourceRoutes) register(app);
  registerDocs(app, deps.docsAssetsUrl ?? "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5");
  return app;
}

export type App = ReturnType<typeof createApp>;
