import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppDeps } from "../../packages/functions/src/api/app.js";
import { createLazyApp } from "../../packages/functions/src/api/lazy-app.js";
import { localImportServices } from "../../packages/functions/src/imports/folder-files.js";
import { indicatorServicesFor } from "../../packages/functions/src/jobs/services.js";
import { type StaffName, staff, testIdentity } from "./auth.js";
import { testDb } from "./db.js";
import type { Json } from "./json.js";

export interface Answer<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * The real Hono app on a fresh table, called in-process the way a partner app
 * calls it. Calls are signed in as an administrator unless they carry their
 * own `authorization` or `x-api-key` header; `authorization: ""` calls with no
 * credentials at all. `as(name)` gives the headers of another staff member.
 */
export async function testApi(options: Partial<AppDeps> = {}) {
  const db = options.db ?? (await testDb());
  const identity = await testIdentity();
  // Partner keys get a generous limit here; the rate-limit tests set their own.
  // The bilan's exports and runs as in `npm start` (DATA_DIR/exports, runs in this process) unless a test gives its own.
  const indicators = indicatorServicesFor(db, {});
  // Import files in a folder of this run, import jobs in this process (as in `npm start`).
  const imports = localImportServices(db, mkdtempSync(join(tmpdir(), "entraide-imports-")));
  const app = createLazyApp({
    db,
    identity,
    indicators,
    imports,
    log: () => {},
    rateLimit: { perSecond: 10_000, burst: 10_000 },
    ...options,
  });
  const tokens = new Map<StaffName, string>();
  async function as(name: StaffName): Promise<Record<string, string>> {
    if (!tokens.has(name)) tokens.set(name, await identity.issue(staff[name]));
    return { authorization: `Bearer ${tokens.get(name)}` };
  }
  async function call<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const names = Object.keys(headers).map((h) => h.toLowerCase());
    const credentials = names.includes("authorization") || names.includes("x-api-key") ? {} : await as("admin");
    const sent = Object.fromEntries(
      Object.entries({ ...credentials, ...headers }).filter(
        ([name, value]) => !(name.toLowerCase() === "authorization" && value === ""),
      ),
    );
    const response = await app.request(path, {
      method,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...sent },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }
  return { db, app, call, as, identity, imports };
}
