import { enumMessages } from "@entraide/core/glossary/labels";
import { registryMessages } from "@entraide/core/glossary/registries";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listColumns } from "../../admin/src/resources/listColumns";
import { type Language, launchBrowser, openConsole, screenshot } from "./support/browser";
import { seedOneOfEach } from "./support/records";
import { type ConsoleServer, startConsoleServer } from "./support/server";
import { shownText } from "./support/text";

/**
 * A signed-in visit to a registry's list paints the list's first page before the console has booted (its code
 * held back here), with the list's columns and words, then the console takes its place.
 */
let server: ConsoleServer;
let browser: Browser;

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
  await seedOneOfEach(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A signed-in page whose console entry waits until `release()`: what shows meanwhile is the first screen alone. */
async function heldConsole(language: Language) {
  const page = await openConsole(browser, server, language);
  let release = () => {};
  const held = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { page, release };
}

const firstScreen = (page: Page) => page.locator("#entraide-first-screen");
const headersOf = (page: Page, table: string) => page.locator(`${table} thead th`).allInnerTexts();
const expectedHeaders = (language: Language, registry: keyof typeof listColumns) => {
  const fields = registryMessages(language)[registry]?.fields as Record<string, string> | undefined;
  return listColumns[registry].map(({ source }) => fields?.[source]);
};

describe("the first screen of a signed-in list visit", () => {
  for (const language of ["ar", "fr"] as const) {
    it(`shows the centers' first page with the list's headers in ${language}, then the console takes its place`, async () => {
      const { page, release } = await heldConsole(language);
      await page.goto(`${server.url}/#/centers`, { waitUntil: "commit" });
      await firstScreen(page).locator("tbody tr").first().waitFor();
      const { body } = await server.api<{ items: { id: string; name: string; type: string }[] }>(
        "GET",
        "/api/v1/centers?limit=25",
      );
      expect(await headersOf(page, "#entraide-first-screen")).toEqual(expectedHeaders(language, "centers"));
      expect(await firstScreen(page).locator("tbody tr").count()).toBe(body.items.length);
      const firstRow = firstScreen(page).locator("tbody tr").first().locator("td");
      expect(await shownText(firstRow.nth(0))).toBe(body.items[0]?.name);
      expect(await shownText(firstRow.nth(1))).toBe(enumMessages(language).centerType[body.items[0]?.type ?? ""]);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === "ar" ? "rtl" : "ltr");
      expect(await firstScreen(page).getAttribute("dir")).toBe(language === "ar" ? "rtl" : "ltr");
      await screenshot(page, `first-screen-centers-${language}-before-boot`);
      const cellsOf = (table: string) => page.locator(`${table} tbody tr`).first().locator("td").allInnerTexts();
      const painted = await cellsOf("#entraide-first-screen");

      release();
      await firstScreen(page).waitFor({ state: "detached" });
      const rows = page.locator(".RaDataTable-tbody .RaDataTable-row");
      await rows.first().waitFor();
      expect(await headersOf(page, ".RaDataTable-table")).toEqual(expectedHeaders(language, "centers"));
      expect(await rows.count()).toBe(body.items.length);
      // The same words and formats in every cell (numbers, dates, territories, fixed values).
      expect(await cellsOf(".RaDataTable-table")).toEqual(painted);
      await screenshot(page, `first-screen-centers-${language}-after-boot`);
      await rows.first().click();
      await page.waitForURL(/#\/centers\/[^/]+\/show$/);
      await page
        .getByText(body.items[0]?.name ?? "")
        .first()
        .waitFor();
      await page.context().close();
    });
  }

  it("does so for every registry's list, each with its own columns", async () => {
    const { page, release } = await heldConsole("fr");
    for (const registry of ["beneficiaries", "enrollments", "cooperatives", "marketplace-spaces"] as const) {
      // A new document each time (an address that differs by its hash alone would not load the page again).
      await page.goto("about:blank");
      await page.goto(`${server.url}/#/${registry}`, { waitUntil: "commit" });
      await firstScreen(page).locator("tbody tr").first().waitFor();
      expect(await headersOf(page, "#entraide-first-screen")).toEqual(expectedHeaders("fr", registry));
      if (registry !== "enrollments") continue;
      // An enrollment names its person and its center, as the console's reference fields do.
      const row = firstScreen(page).locator("tbody tr").first();
      const { body: enrollment } = await server.api<{ beneficiaryId: string; centerId: string }>(
        "GET",
        `/api/v1/enrollments/${await row.getAttribute("data-id")}`,
      );
      const { body: person } = await server.api<{ firstName: string; lastName: string }>(
        "GET",
        `/api/v1/beneficiaries/${enrollment.beneficiaryId}`,
      );
      const { body: center } = await server.api<{ name: string }>("GET", `/api/v1/centers/${enrollment.centerId}`);
      const cells = await row.locator("td").allInnerTexts();
      expect(cells.slice(0, 2).map((text) => text.replace(/[\u2068\u2069]/g, ""))).toEqual([
        `${person.firstName} ${person.lastName}`,
        center.name,
      ]);
      await screenshot(page, "first-screen-enrollments-fr-before-boot");
    }
    release();
    await page.context().close();
  });

  it("opens a record clicked on the first screen once the console has started", async () => {
    const { page, release } = await heldConsole("ar");
    await page.goto(`${server.url}/#/centers`, { waitUntil: "commit" });
    const row = firstScreen(page).locator("tbody tr").first();
    await row.waitFor();
    const id = await row.getAttribute("data-id");
    await row.click();
    await firstScreen(page).waitFor({ state: "detached" });
    expect(new URL(page.url()).hash).toBe(`#/centers/${id}/show`);
    release();
    const { body } = await server.api<{ name: string }>("GET", `/api/v1/centers/${id}`);
    await page.getByText(body.name).first().waitFor();
    await page.context().close();
  });

  it("paints nothing when the early request fails: the console asks again and shows the list", async () => {
    const page = await openConsole(browser, server, "fr");
    let refused = 0;
    await page.route(/\/api\/v1\/centers\?limit=25$/, async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 503, body: "{}" });
      else await route.continue();
    });
    await page.goto(`${server.url}/#/centers`);
    const rows = page.locator(".RaDataTable-tbody .RaDataTable-row");
    await rows.first().waitFor();
    expect(refused).toBe(2);
    expect(await firstScreen(page).count()).toBe(0);
    expect(await headersOf(page, ".RaDataTable-table")).toEqual(expectedHeaders("fr", "centers"));
    await page.context().close();
  });

  it("paints nothing without a session, on a filtered or an empty list: the console boots as usual", async () => {
    const { page, release } = await heldConsole("ar");
    const answered = (path: string) => page.waitForResponse((answer) => new URL(answer.url()).pathname === path);
    // An empty registry: the console's own invitation to create a record shows, not an empty table.
    const exhibitions = answered("/api/v1/exhibitions");
    await page.goto(`${server.url}/#/exhibitions`, { waitUntil: "commit" });
    await exhibitions;
    await page.waitForTimeout(300);
    expect(await firstScreen(page).count()).toBe(0);
    // A filtered list is the console's to read.
    await page.goto(`${server.url}/#/centers?filter=${encodeURIComponent('{"type":"women"}')}`, {
      waitUntil: "commit",
    });
    await page.waitForTimeout(500);
    expect(await firstScreen(page).count()).toBe(0);
    release();
    await page.evaluate(() => localStorage.removeItem("entraide.session"));
    await page.goto(`${server.url}/#/centers`);
    await page.locator("input[name=username], input#username").first().waitFor();
    expect(await firstScreen(page).count()).toBe(0);
    await page.context().close();
  });
});
