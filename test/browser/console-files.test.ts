import { describe, expect, it } from "vitest";
import { must } from "../support/must.js";
import { consoleSession } from "./support/session";

/** How `npm start` serves the console's files, and what a signed-in first screen asks for. */
const session = consoleSession("ar");

describe("the console's files", () => {
  it("serves its hashed files compressed and kept a year, its page asked again each time", async () => {
    const { url } = session.server;
    const page = await fetch(`${url}/`);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${url}/centers`)).headers.get("cache-control")).toBe("no-cache");
    // The entry is fetched from the start (modulepreload) and started by the first screen's scripts.
    const entry = must(
      (await page.text()).match(/<link rel="modulepreload" crossorigin href="(\/assets\/index-[^"]+\.js)"/)?.[1],
      "the entry",
    );
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

  it("asks for the signed-in frame and the language's messages beside the entry, before the entry has run", async () => {
    const { page, server } = session;
    const asked: string[] = [];
    page.on("request", (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/#/centers`);
    await page.locator("tbody tr, .RaEmpty-message, .RaList-noResults").first().waitFor();
    const entry = asked.findIndex((path) => /\/assets\/index-[^/]+\.js$/.test(path));
    const frame = asked.findIndex((path) => /\/assets\/Layout-[^/]+\.js$/.test(path));
    const messages = asked.findIndex((path) => /\/assets\/ar-[^/]+\.js$/.test(path));
    const me = asked.indexOf("/api/auth/me");
    // The list's own page, asked for by the entry once it runs.
    const listPage = asked.findIndex((path) => /\/assets\/CenterList-[^/]+\.js$/.test(path));
    expect(entry).toBeGreaterThanOrEqual(0);
    // Asked while the entry still loads: before the entry has run.
    expect(frame).toBeGreaterThan(-1);
    expect(frame).toBeLessThan(listPage);
    expect(messages).toBeLessThan(listPage);
    // Who is signed in, and the list's first page, are asked for before any of the console's code.
    expect(me).toBeGreaterThan(-1);
    expect(me).toBeLessThan(frame);
    expect(asked.indexOf("/api/v1/centers")).toBeLessThan(frame);
    // The list's first page is asked for as the console starts, not after its page rendered.
    expect(asked.indexOf("/api/v1/centers")).toBeLessThan(asked.indexOf("/api/v1/territories"));
  });
});
