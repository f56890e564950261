import { createDb, ensureTable, type Db } from "@entraide/core/db";
import { serve, type ServerType } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { createApp } from "../api/app.js";
import { startDynamoDbLocal, type LocalEngine } from "./dynamodb-local.js";
import { localSecrets } from "./secrets.js";

export interface LocalOptions {
  port: number;
  dataDir: string;
  /** In-memory engine (benchmarks); the default keeps data on disk in dataDir/ddb. */
  inMemory?: boolean;
  heap?: string;
  tableName?: string;
  /** The console's built files; served at / when present. */
  adminDist?: string;
}

export interface LocalServer {
  url: string;
  db: Db;
  engine: LocalEngine;
  close(): Promise<void>;
}

/** The whole of Entraide on one machine: engine, table, API, console. */
export async function startLocalServer(options: LocalOptions): Promise<LocalServer> {
  const engine = await startDynamoDbLocal({ dbPath: options.inMemory ? undefined : join(options.dataDir, "ddb"), heap: options.heap });
  const { piiKey } = localSecrets(options.dataDir);
  const db = createDb({ tableName: options.tableName ?? "entraide", endpoint: engine.endpoint, piiKey });
  await ensureTable(db);

  const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  const app = createApp({ db, docsAssetsUrl: "/api/docs/assets" });
  app.use("/api/docs/assets/*", serveStatic({ root: relative(process.cwd(), swaggerDir), rewriteRequestPath: (p) => p.replace("/api/docs/assets", "") }));
  const adminDist = options.adminDist && existsSync(join(options.adminDist, "index.html")) ? resolve(options.adminDist) : undefined;
  if (adminDist) {
    const indexHtml = readFileSync(join(adminDist, "index.html"), "utf8");
    app.use("/*", serveStatic({ root: relative(process.cwd(), adminDist) }));
    // The console routes in the browser: any other path gets its page.
    app.get("*", (c) => (c.req.path.startsWith("/api/") ? c.notFound() : c.html(indexHtml)));
  }

  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: "0.0.0.0" }, () => ready(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    db,
    engine,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await engine.stop();
    },
  };
}
