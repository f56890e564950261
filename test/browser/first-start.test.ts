import { describe, expect, it } from "vitest";
import { freePort } from "../../packages/functions/src/local/dynamodb-local.js";
import { healthy, npmStart, npmStartFixture, signIn, waitFor } from "../support/npm-start.js";
import { launchBrowser, openConsole } from "./support/browser.js";

/**
 * A newcomer's first `npm start`: the console opens while the demo data is
 * still being written, says so, and shows the data once it is there.
 */
const fixture = npmStartFixture("first-start");
const password = "first-start-password-1";

const health = async (url: string) =>
  (await fetch(`${url}/api/health`)).json() as Promise<{ status: string; demoData?: string }>;

describe("the first start", () => {
  it("tells the console the demo data is loading, prints when it is ready, then shows it", async () => {
    const browser = await launchBrowser();
    fixture.browser = browser;
    const port = await freePort();
    const started = Date.now();
    const running = npmStart({
      PORT: String(port),
      DATA_DIR: fixture.dataDir,
      ENTRAIDE_LOCAL_PASSWORD: password,
    });
    fixture.running = running;
    const { url } = running;
    await waitFor("npm start answering /api/health", healthy(url), 180_000, running.output);
    const up = Date.now() - started;
    const token = await signIn(url, password);

    const page = await openConsole(browser, { url, token }, "fr");
    await page.goto(`${url}/#/cooperatives`);
    await page.locator(".RaLayout-content").waitFor();
    if ((await health(url)).demoData === "loading") {
      await expect(page.getByTestId("demo-data-loading").textContent()).resolves.toMatch(
        /Chargement des données de démonstration/,
      );
    }
    await waitFor(
      "the demo data ready",
      async () => ((await health(url)).demoData === "ready" ? true : undefined),
      300_000,
      running.output,
    );
    const ready = Date.now() - started;
    await waitFor(
      "npm start printing that it is ready",
      async () => (/Ready: demo data loaded: \d+ items/.test(running.output()) ? true : undefined),
      10_000,
      running.output,
    );
    console.log(
      `first start: health after ${up} ms, demo data and its bilan ready after ${ready} ms; npm start said: ${running.output().match(/Ready: .*/)?.[0]}`,
    );

    await page.getByTestId("demo-data-loading").waitFor({ state: "detached" });
    // The list refreshed by itself: the cooperatives the demo data brought are shown.
    await page.locator(".RaDataTable-tbody .RaDataTable-row").first().waitFor();
    const bilan = await fetch(`${url}/api/v1/indicators/2015`, { headers: { authorization: `Bearer ${token}` } });
    expect(bilan.status).toBe(200);
  }, 600_000); // minutes on a busy machine: the engine starts and the demo year is written
});
