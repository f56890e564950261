import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's headless Chromium, without any network of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type Language = "ar" | "fr";

/**
 * A page of the console, signed in, in the given language. The session and
 * the language are what the login form and the language menu leave in
 * localStorage (tested on their own); setting them here keeps other tests short.
 */
export async function openConsole(
  browser: Browser,
  server: { url: string; token: string | null },
  language: Language = "ar",
  username = "admin",
): Promise<Page> {
  const session = { username, ...(server.token ? { token: server.token, expiresAt: Date.now() + 3600_000 } : {}) };
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1366, height: 900 },
    storageState: {
      cookies: [],
      origins: [
        {
          origin: server.url,
          localStorage: [
            { name: "entraide.session", value: JSON.stringify(session) },
            { name: "RaStore.locale", value: JSON.stringify(language) },
          ],
        },
      ],
    },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const screenshotDir = resolve(import.meta.dirname, "../../../test-results/screenshots");

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
