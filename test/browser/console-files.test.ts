import { beforeAll, describe, expect, it } from "vitest";
import { must } from "../support/must.js";
import { seedOneOfEach } from "./support/records";
import { consoleSession } from "./support/session";

/** How `npm start` serves the console's files, and what a signed-in first screen asks for. */
const session = consoleSession("ar");
// A list with a row, so that its visit has a first screen to paint.
beforeAll(() => seedOneOfEach(session.server));

describe("the console's files", () => {
  it("serves its hashed files compressed and kept a year, its page asked again each time", async () => {
    const { url } = session.server;
    const page = await fetch(`${url}/`);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${url}/centers`)).headers.get("cache-control")).toBe("no-cache");
    // The page names none of the console's files: its script starts the entry the build lists.
    expect(await page.text()).not.toMatch(/<link rel="modulepreload"|<script[^>]* src=/);
    const { entry } = (await (await fetch(`${url}/first-load.json`)).json()) as { entry: string };
    expect(entry).toMatch(/^\/assets\/index-[^/]+\.js$/);
    for (const encoding of ["br", "gzip"]) {
      const answer = await fetch(`${url}${entry}`, { headers: { "accept-encoding": encoding } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-encoding")).toBe(encoding);
      expect(answer.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(answer.headers.get("content-type")).toMatch(/javascript/);
      expect(await answer.text()).toMatch(/^(import|const|var|function|\()/);
    }
    const plain = await fetch(`${url}${entry}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
  });

  it("asks the API first, and the console's files once the first screen has painted, frame and messages with the entry", async () => {
    const { page, server } = session;
    await page.goto("about:blank");
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector("#entraide-first-screen tbody tr")) return;
        sessionStorage.setItem("firstScreenAt", String(performance.now()));
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${server.url}/#/centers`);
    await page.locator("#root tbody tr").first().waitFor();
    const { painted, asked } = await page.evaluate(() => ({
      painted: Number(sessionStorage.getItem("firstScreenAt")),
      asked: performance
        .getEntriesByType("resource")
        .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
    }));
    const at = (pattern: RegExp) =>
      must(
        asked.find(({ path }) => pattern.test(path)),
        String(pattern),
      ).at;
    const scripts = asked.filter(({ path }) => path.endsWith(".js"));
    // The list's first page, the territories its columns name and who is signed in: before any of the console's code.
    for (const api of [/^\/api\/v1\/centers$/, /^\/api\/v1\/territories$/, /^\/api\/auth\/me$/])
      expect(at(api)).toBeLessThan(Math.min(...scripts.map((script) => script.at)));
    // The first screen painted before the console's first file was even asked for.
    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThan(at(/\/assets\/index-[^/]+\.js$/));
    // The signed-in frame and the language's messages are asked for with the entry, not once it has run and asked
    // for the list's own page.
    const listPage = at(/\/assets\/CenterList-[^/]+\.js$/);
    expect(at(/\/assets\/Layout-[^/]+\.js$/)).toBeLessThan(listPage);
    expect(at(/\/assets\/ar-[^/]+\.js$/)).toBeLessThan(listPage);
  });
});
