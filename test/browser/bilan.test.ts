import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { indicatorLabels, regionLabels } from "@entraide/core/glossary/labels";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHEETS } from "../../packages/functions/src/jobs/exports/xlsx.js";
import { figuresOf, nonEmpty } from "../support/exports.js";
import { must } from "../support/must.js";
import { pdfPages } from "../support/pdf.js";
import { openXlsx, parseBilanXlsx } from "../support/xlsx.js";
import { type Language, launchBrowser, openConsole, screenshot } from "./support/browser";
import { type ConsoleServer, startConsoleServer } from "./support/server";
import { shownText } from "./support/text";

/**
 * The yearly bilan page as finance staff and administrators use it, on the
 * demo data a first `npm start` loads (2015 and its bilan): figures, regions,
 * charts, the XLSX they download, the report they print, and a recompute.
 */
let server: ConsoleServer;
let browser: Browser;
let financeToken: string;
const results = resolve(import.meta.dirname, "../../test-results");

async function tokenOf(username: string): Promise<string> {
  const login = await server.api("POST", "/api/auth/login", { username, password: server.password });
  expect(login.status).toBe(200);
  return login.body.token;
}

/** As the given user: the API's answers, to compare the page with. */
async function apiAs(token: string, path: string) {
  return server.api("GET", path, undefined, { authorization: `Bearer ${token}` });
}

beforeAll(async () => {
  server = await startConsoleServer({ demoData: true });
  browser = await launchBrowser();
  financeToken = await tokenOf("finance");
  // The demo loads in the background after the server answers: wait for its bilan.
  const deadline = Date.now() + 420_000;
  while ((await apiAs(financeToken, "/api/v1/indicators")).body?.items?.[0]?.year !== 2015) {
    if (Date.now() > deadline) throw new Error("The demo data's 2015 bilan did not appear within 7 minutes");
    await new Promise((r) => setTimeout(r, 2000));
  }
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openBilan(page: Page, path = "/bilan/2015") {
  await page.goto(`${server.url}/#${path}`);
  await page.locator("[data-indicator]").first().waitFor();
  await page.locator(".recharts-bar-rectangle").first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/** Prints as Chromium prints for a user (A4, the page's own @page rules) and keeps the PDF for review (test-results). */
async function printToPdf(page: Page, name: string): Promise<{ pages: string[]; path: string }> {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  mkdirSync(results, { recursive: true });
  const path = resolve(results, `${name}.pdf`);
  writeFileSync(path, pdf);
  return { pages: await pdfPages(pdf), path };
}

describe.each<Language>(["ar", "fr"])("the 2015 bilan, as finance, in %s", (language) => {
  let page: Page;
  beforeAll(async () => {
    page = await openConsole(browser, { url: server.url, token: financeToken }, language, "finance");
  });
  afterAll(async () => page?.context().close());

  it("is in the menu, lists 2015 with its status and run, and shows the 16 figures of the API", async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator('[data-testid="menu-bilan"]').click();
    await page.waitForURL(/#\/bilan$/);
    await page.locator("[data-indicator]").first().waitFor();
    const api = (await apiAs(financeToken, "/api/v1/indicators/2015")).body;
    const listed = (await apiAs(financeToken, "/api/v1/indicators")).body.items[0];
    await expect.poll(() => shownText(page.locator('[data-testid="bilan-run"]'))).toBe(listed.runId);
    expect(await shownText(page.locator('[data-testid="bilan-status"]'))).toMatch(
      language === "ar" ? /مؤقتة/ : /Provisoire/,
    );

    const cards = page.locator("[data-indicator]");
    expect(await cards.count()).toBe(16);
    const active = await shownText(page.locator('[data-indicator="centers.active"]'));
    expect(active).toContain(indicatorLabels["centers.active"][language]);
    const digits = (text: string) =>
      text.replace(/[^\d٠-٩]/g, "").replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    expect(digits(await shownText(page.locator('[data-indicator="centers.active"] [data-value]')))).toBe(
      String(api.values["centers.active"]),
    );
    // No bilan of 2014: no change to show, and no recompute for finance.
    expect(await page.locator("[data-change]").count()).toBe(0);
    expect(await page.locator('[data-testid="recompute"]').count()).toBe(0);
  });

  it("maps the 12 regions, southern provinces included, and tabulates them", async () => {
    await openBilan(page);
    const tiles = page.locator('[data-testid="region-map"] [data-region]');
    expect(await tiles.count()).toBe(12);
    for (const code of ["MA-11", "MA-12"]) {
      expect(await shownText(page.locator(`[data-testid="region-map"] [data-region="${code}"]`))).toContain(
        must(regionLabels[code], `the label of ${code}`)[language],
      );
    }
    expect(await page.locator('[data-testid="region-table"] tbody tr').count()).toBe(12);
    expect(await page.locator(".bilan-chart").count()).toBe(4);
    await screenshot(page, `bilan-${language}`);
  });

  it("downloads the year's XLSX, which holds the figures the API serves", async () => {
    await openBilan(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-download="xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bilan-2015-.+\.xlsx$/);
    const file = readFileSync(await download.path());
    const api = (await apiAs(financeToken, "/api/v1/indicators/2015")).body;
    expect(figuresOf(await parseBilanXlsx(file))).toEqual({ values: api.values, breakdowns: nonEmpty(api.breakdowns) });
    expect((await openXlsx(file)).getWorksheet(SHEETS.arabic)?.views[0]?.rightToLeft).toBe(true);
  });

  it("prints a clean A4 report: header, figures table, charts, page numbers, no menus", async () => {
    await openBilan(page);
    const runId = (await apiAs(financeToken, "/api/v1/indicators")).body.items[0].runId;
    const { pages } = await printToPdf(page, `bilan-print-${language}`);
    const pdfText = pages.join("\n");
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, pageText] of pages.entries()) expect(pageText).toContain(`Entraide — ${i + 1} / ${pages.length}`);
    for (const word of ["Entraide Nationale", "2015", runId]) expect(pdfText, word).toContain(word);
    // Chromium maps the shaped (joined) Arabic glyphs it embeds to no characters, so a PDF reader
    // gets Arabic letters but not Arabic words back: the words are read from the print layout below.
    if (language === "ar") expect(pdfText).toMatch(/[\u0600-\u06FF]/);
    else
      for (const word of [
        "Bilan annuel 2015",
        "Provisoire",
        "Indicateurs",
        "Centres actifs",
        "Dakhla-Oued Ed-Dahab",
        "Laâyoune-Sakia El Hamra",
        "Répartitions",
      ])
        expect(pdfText, word).toContain(word);

    // What printing lays out, in reading order: the page as the print style sheet shows it.
    await page.emulateMedia({ media: "print" });
    const printed = await shownText(page.locator("body"));
    await page.emulateMedia({ media: null });
    const words =
      language === "ar"
        ? [
            "التعاون الوطني",
            "الحصيلة السنوية 2015",
            "مؤقتة",
            "طُبع في",
            "المؤشرات",
            "المراكز النشطة",
            "الداخلة - وادي الذهب",
            "العيون - الساقية الحمراء",
            "التوزيعات",
          ]
        : [
            "Entraide Nationale",
            "Bilan annuel 2015",
            "Provisoire",
            "Imprimé le",
            "Indicateurs",
            "Centres actifs",
            "Dakhla-Oued Ed-Dahab",
            "Répartitions",
          ];
    for (const word of words) expect(printed, word).toContain(word);
    expect(await page.evaluate(() => matchMedia("print").matches)).toBe(false);
    // No menu, no app bar, no buttons: the enrollments' menu entry and the download and print buttons are screen-only.
    const screenOnly =
      language === "ar"
        ? ["التسجيلات", "تحميل", "طباعة التقرير", "لوحة القيادة"]
        : ["Inscriptions", "Télécharger", "Imprimer le rapport", "Tableau de bord"];
    for (const word of screenOnly) {
      expect(printed, word).not.toContain(word);
      expect(pdfText, word).not.toContain(word);
    }
  });
});

describe("recomputing, as an administrator", () => {
  it("starts a run, follows it to the end and shows the bilan it computed", async () => {
    const page = await openConsole(browser, server, "fr");
    await openBilan(page);
    const before = await shownText(page.locator('[data-testid="bilan-run"]'));
    await page.locator('[data-testid="recompute"] button').click();
    const run = page.locator("[data-run]");
    await run.waitFor();
    const runId = await run.getAttribute("data-run");
    expect(runId).toMatch(/^[0-9A-Z]{26}$/);
    await expect.poll(() => run.getAttribute("data-run-status"), { timeout: 90_000 }).toBe("succeeded");
    await expect.poll(() => shownText(page.locator('[data-testid="bilan-run"]')), { timeout: 15_000 }).toBe(runId);
    expect(runId).not.toBe(before);
    // The run's outcome stays in view once the page shows the bilan it computed.
    expect(await shownText(page.locator(`[data-run="${runId}"][data-run-status="succeeded"]`))).toContain("Terminé");
    const listed = (await apiAs(must(server.token, "an administrator's token"), "/api/v1/indicators")).body.items[0];
    expect(listed).toMatchObject({ year: 2015, runId, status: "provisional" });
    await screenshot(page, "bilan-recomputed-fr");
    await page.context().close();
  });

  it("lists a newly computed year, newest first, and compares 2015 with it", async () => {
    const started = await server.api("POST", "/api/v1/indicators/2014/runs");
    expect(started.status).toBe(202);
    await expect
      .poll(async () => (await server.api("GET", started.body.statusUrl)).body.status, { timeout: 90_000 })
      .toBe("succeeded");
    const page = await openConsole(browser, server, "ar");
    await openBilan(page);
    await page.locator('[data-testid="year-picker"]').locator("..").click();
    const options = page.locator("li[data-year]");
    await options.first().waitFor();
    expect(await options.evaluateAll((items) => items.map((item) => item.getAttribute("data-year")))).toEqual([
      "2015",
      "2014",
    ]);
    await page.keyboard.press("Escape");
    expect(await page.locator("[data-change]").count()).toBe(16);
    await screenshot(page, "bilan-compared-ar");
    await page.context().close();
  });
});
