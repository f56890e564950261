import "../api/openapi-zod.js";

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { createDb, type Db, ensureTable } from "@entraide/core/db";
import type { DemoDataState } from "@entraide/core/glossary/local-server";
import { fillMatchItemsOnce } from "@entraide/core/matching/backfill";
import { reindexOnce } from "@entraide/core/reindex";
import { type ServerType, serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createLazyApp } from "../api/lazy-app.js";
import { createLocalIdentity } from "../auth/local-identity.js";
import { builtScriptHashes, consoleSecurityHeaders } from "../console-headers.js";
import { localImportServices } from "../imports/folder-files.js";
import { indicatorServicesFor } from "../jobs/services.js";
import { noteDataDirUrl } from "./data-dir-lock.js";
import { type DataEngine, startDataEngine } from "./data-engine.js";
import { type DemoData, loadDemoDataOnce } from "./demo-data.js";
import type { LocalEngine } from "./dynamodb-local.js";
import { startLocalScheduler } from "./scheduler.js";
import { keptPasswordHash, localPassword, localSecrets } from "./secrets.js";

export interface LocalOptions {
  port: number;
  dataDir: string;
  /** In-memory engine (benchmarks); the default keeps data on disk in dataDir/ddb. */
  inMemory?: boolean;
  heap?: string;
  tableName?: string;
  /** The console's built files; served at / when present. */
  adminDist?: string;
  /** The bilan's schedules (nightly, closing); on unless false. */
  scheduler?: boolean;
  /** What to load on the first start (no marker yet); nothing when absent. */
  demoData?: DemoData;
  /** The folder's engine, already starting (startDataEngine); started here when absent. */
  engine?: Promise<DataEngine>;
  /** The local staff's password; default ENTRAIDE_LOCAL_PASSWORD, else the one made on the first start. */
  password?: string;
  /** Where the API's one line per request goes; the console by default. */
  log?: (line: string) => void;
}

export interface LocalServer {
  url: string;
  db: Db;
  engine: LocalEngine;
  close(): Promise<void>;
  /** Settles when the first start's demo data is loaded (or skipped), with what was done. */
  demoReady: Promise<string | undefined>;
  /** The staff password made on this first start (only its hash is kept): to print once. */
  generatedPassword?: string;
}

/** The whole of Entraide on one machine: engine, table, API, console. */
export async function startLocalServer(options: LocalOptions): Promise<LocalServer> {
  const { engine, release: releaseDataDir } = await (options.engine ?? startDataEngine(options));
  const { piiKey, signingKey } = localSecrets(options.dataDir);
  const given = options.password ?? process.env.ENTRAIDE_LOCAL_PASSWORD;
  const password = await localPassword(options.dataDir, given);
  // A password kept in DATA_DIR is read again at each sign-in: `npm run reset-password` applies at once.
  const passwordHash = given ? password.passwordHash : () => keptPasswordHash(options.dataDir, password.passwordHash);
  const identity = createLocalIdentity({ signingKey, passwordHash });
  const db = createDb({ tableName: options.tableName ?? "entraide", endpoint: engine.endpoint, piiKey });
  await ensureTable(db);
  // Items stored by an older index layout get their keys rewritten before anything reads them.
  await reindexOnce(db);

  const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  const indicators = indicatorServicesFor(db, { dataDir: options.dataDir });
  const imports = localImportServices(db, options.dataDir);
  let demoData: DemoDataState = options.demoData ? "loading" : "ready";
  const app = createLazyApp({
    db,
    docsAssetsUrl: "/api/docs/assets",
    indicators,
    identity,
    log: options.log,
    imports,
    demoData: () => demoData,
  });
  app.use(
    "/api/docs/assets/*",
    serveStatic({
      root: relative(process.cwd(), swaggerDir),
      rewriteRequestPath: (p) => p.replace("/api/docs/assets", ""),
    }),
  );
  const adminDist =
    options.adminDist && existsSync(join(options.adminDist, "index.html")) ? resolve(options.adminDist) : undefined;
  if (adminDist) {
    const indexHtml = readFileSync(join(adminDist, "index.html"), "utf8");
    // The console's pages get the API's protection (CloudFront sets the same in AWS), with its inline script's hash.
    const consoleHeaders = Object.entries(consoleSecurityHeaders(undefined, builtScriptHashes(adminDist)));
    app.use("/*", async (c, next) => {
      await next();
      if (!c.req.path.startsWith("/api/")) for (const [name, value] of consoleHeaders) c.header(name, value);
    });
    // Files under assets/ carry their content's hash in their name: kept a year. The page itself is asked again
    // each time (a new build's page names new files). Compressed copies left by the build go to browsers that take them.
    app.use(
      "/*",
      serveStatic({
        root: relative(process.cwd(), adminDist),
        precompressed: true,
        onFound: (path, c) => {
          c.header("Cache-Control", /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
        },
      }),
    );
    // The console routes in the browser: any other path gets its page.
    app.get("*", (c) => {
      if (c.req.path.startsWith("/api/")) return c.notFound();
      c.header("Cache-Control", "no-cache");
      return c.html(indexHtml);
    });
  }

  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: "0.0.0.0" }, () => ready(s));
  });
  // Built now rather than on the console's first request, while the demo data loads; a failure shows at once.
  app.built().catch((error: Error) => console.error(`The API could not be built: ${error.stack ?? error.message}`));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  if (!options.inMemory) noteDataDirUrl(options.dataDir, `http://localhost:${port}`, engine.endpoint);
  const scheduler = options.scheduler === false ? undefined : startLocalScheduler({ db, store: indicators.store });
  // Data of an older version: its beneficiaries get their duplicate-detection items first (once).
  const matchItems = fillMatchItemsOnce(db).catch(() => undefined);
  const demoReady = options.demoData
    ? matchItems
        .then(() => loadDemoDataOnce(db, indicators.store, options.demoData as DemoData))
        .catch((error: Error) => `demo data not loaded (${error.message}): it loads on the next start`)
        .finally(() => (demoData = "ready"))
    : matchItems.then(() => undefined);
  return {
    url: `http://localhost:${port}`,
    db,
    engine,
    demoReady,
    generatedPassword: password.generated,
    async close() {
      scheduler?.stop();
      // Open connections (a browser's keep-alive, a slow request) get one second, then are cut.
      const closed = new Promise<void>((done) => server.close(() => done()));
      const cut = setTimeout(() => (server as import("node:http").Server).closeAllConnections?.(), 1000);
      await closed;
      clearTimeout(cut);
      // A running import gets two seconds to finish its current step.
      await Promise.race([imports.settled(), new Promise((r) => setTimeout(r, 2000))]);
      await engine.stop();
      releaseDataDir();
    },
  };
}
