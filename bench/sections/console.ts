import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { LocalServer } from "../../packages/functions/src/local/server.js";
import { median } from "../../scripts/bundle-report.js";
import { launchBrowser } from "../../test/browser/support/browser.js";
import { must } from "../../test/support/must.js";
import type { Row } from "../table.js";

const dist = "admin/dist";

/** Targets of the finance console's issue: the first load's JS, and the first list row against the bare floor. */
export const maxInitialGzipKb = 200;
export const maxFirstRowRatio = 2.5;

const gzipKbOf = (files: string[]) =>
  files.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src.replace(/^\//, "")))).length, 0) / 1024;

/** Builds the console for production and returns the gzip size of the JS loaded before the first render. */
export function buildConsole(): { initialGzipKb: number } {
  const { NODE_ENV: _ignored, ...env } = process.env;
  execFileSync("node", ["scripts/build-admin-if-stale.mjs"], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
  });
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map(
    (m) => must(m[1], "a script's address"),
  );
  // The page's inline script (the first screen) is JS every visit loads too.
  const inline = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]+?)<\/script>/g)].map((m) => m[1] ?? "");
  const inlineGzipKb = inline.reduce((sum, code) => sum + gzipSync(code).length, 0) / 1024;
  return { initialGzipKb: gzipKbOf(scripts) + inlineGzipKb };
}

/** The row of the JS every first screen loads: the entry and what it modulepreloads. */
export function initialJsRow(initialGzipKb: number): Row {
  return {
    measurement: "console: initial JS (gzip)",
    ours: initialGzipKb,
    floor: 0,
    unit: "KB",
    better: "lower",
    limit: maxInitialGzipKb,
  };
}

/**
 * Time from navigation to the first row of the centers list, signed in, in
 * headless Chromium (median of `runs`); the floor is the same navigation to a
 * static page of the same server (connection, HTML, no app). And beside it all the JS (gzip) the browser fetched before that first row showed:
 * the initial chunks plus what the page, its frame and its language load on the way.
 */
export async function firstListRows(server: LocalServer, token: string, runs: number): Promise<[Row, Row]> {
  const browser = await launchBrowser();
  try {
    let loadedBeforeRow: string[] = [];
    const times: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({
        storageState: {
          cookies: [],
          origins: [
            {
              origin: server.url,
              localStorage: [
                {
                  name: "entraide.session",
                  value: JSON.stringify({ username: "admin", token, expiresAt: Date.now() + 3600_000 }),
                },
              ],
            },
          ],
        },
      });
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on("request", (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith(".js")) scripts.add(path);
      });
      const t0 = performance.now();
      await page.goto(`${server.url}/api/health`);
      const floor = performance.now() - t0;
      const t1 = performance.now();
      await page.goto(`${server.url}/#/centers`);
      await page.locator("tbody tr").first().waitFor({ timeout: 30_000 });
      const elapsed = performance.now() - t1;
      loadedBeforeRow = [...scripts];
      // The first run warms the server and the browser's caches of nothing: dropped.
      if (i > 0) {
        times.push(elapsed);
        floors.push(floor);
      }
      await context.close();
    }
    return [
      {
        measurement: "console: navigation → first list row",
        ours: median(times),
        floor: median(floors),
        unit: "ms",
        better: "lower",
        target: maxFirstRowRatio,
      },
      {
        measurement: "console: JS fetched before the first list row (gzip)",
        ours: gzipKbOf(loadedBeforeRow),
        floor: 0,
        unit: "KB",
        better: "lower",
      },
    ];
  } finally {
    await browser.close();
  }
}
