import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FIRST_LOAD_FILE } from "../../packages/functions/src/console-headers.js";
import type { LocalServer } from "../../packages/functions/src/local/server.js";
import { median } from "../../scripts/bundle-report.js";
import { launchBrowser } from "../../test/browser/support/browser.js";
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
  // The entry and its chunks, which the page's script asks for as the console starts (admin/build/preloadSignedIn.ts).
  const firstLoad = JSON.parse(readFileSync(join(dist, FIRST_LOAD_FILE), "utf8")) as {
    entry: string;
    chunks: string[];
  };
  const scripts = [firstLoad.entry, ...firstLoad.chunks];
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

const ROW_MARK = "entraide-first-row";
const SETTLE_MS = 1_000;

/**
 * Tells the bench, by a console message, when the first row of a list is painted: at the first frame after it is in
 * the page, in milliseconds since the navigation started. Watched from inside the page because anything the bench
 * did in the page while it loads (a locator, a polled function: Playwright's own script compiles in it) would slow
 * the page it measures, and a locator's `waitFor` looks only after the load event, then 20, 50, 100… ms later.
 */
const watchFirstRow = `(() => {
  let seen = false;
  new MutationObserver(() => {
    if (seen || !document.querySelector("tbody tr")) return;
    seen = true;
    requestAnimationFrame(() => console.log("${ROW_MARK} " + performance.now()));
  }).observe(document, { subtree: true, childList: true });
})()`;

/**
 * Time from navigation to the first row of the centers list, signed in, in headless Chromium (median of `runs`);
 * the floor is the same navigation to a static page of the same server (connection, one JSON answer, no app) until
 * its load event. Both are the page's own clock from the navigation's start. Beside it, all the JS (gzip) the browser
 * fetched before that first row showed.
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
      const rowPainted = new Promise<number>((resolve, reject) => {
        page.on("console", (message) => {
          const [mark, at] = message.text().split(" ");
          if (mark === ROW_MARK) resolve(Number(at));
        });
        setTimeout(() => reject(new Error("no list row painted within 30 s")), 30_000).unref();
      });
      await page.addInitScript(watchFirstRow);
      // A new window of Chromium loads its own omnibox pages for a while (hundreds of chrome:// files): let it
      // finish, as a person's browser has long before they open the console.
      await page.waitForTimeout(SETTLE_MS);
      await page.goto(`${server.url}/api/health`);
      const floor = (await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")) as number;
      await page.goto(`${server.url}/#/centers`, { waitUntil: "commit" });
      const elapsed = await rowPainted;
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
