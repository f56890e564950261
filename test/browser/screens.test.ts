import { registryMessages } from "@entraide/core/glossary/registries";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { must } from "../support/must.js";
import { type Language, launchBrowser, openConsole, screenshot } from "./support/browser";
import { seedOneOfEach } from "./support/records";
import { type ConsoleServer, startConsoleServer } from "./support/server";
import { shownText } from "./support/text";

/**
 * Every main page in both languages, photographed for review
 * (test-results/screenshots), with the checks a reader would make: the
 * direction, the shipped Arabic font, the mirrored layout.
 */
let server: ConsoleServer;
let browser: Browser;
let seeded: Awaited<ReturnType<typeof seedOneOfEach>>;

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
  seeded = await seedOneOfEach(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every text of a tree of messages. */
const textsOf = (node: object): string[] =>
  Object.values(node).flatMap((value) => (typeof value === "string" ? [value] : textsOf(value)));

/** The labels a page shows for a registry's fields are the registry's words (core's glossary), never a field's key. */
async function expectFieldWords(page: Page, labels: string, resource: string, language: Language) {
  const words = new Set(textsOf(must(registryMessages(language)[resource], resource).fields));
  const shown = (await page.locator(labels).allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  expect(shown.filter((label) => words.has(label)).length, `${resource}: ${shown.join(" | ")}`).toBeGreaterThanOrEqual(
    3,
  );
  expect(
    shown.filter((label) => /^[a-z]+([A-Z][a-z]*)*$/.test(label)),
    resource,
  ).toEqual([]);
}

async function visit(page: Page, path: string, ready: string) {
  await page.goto(`${server.url}/#${path}`);
  await page.locator(ready).first().waitFor();
  await page
    .locator(".MuiLinearProgress-root")
    .waitFor({ state: "detached" })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}

describe.each<Language>(["ar", "fr"])("the console in %s", (language) => {
  let page: Page;
  beforeAll(async () => {
    page = await openConsole(browser, server, language);
  });
  afterAll(async () => page?.context().close());

  it("draws the dashboard's figures and charts, mirrored in Arabic", async () => {
    await visit(page, "/", ".recharts-bar-rectangle");
    expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
    expect(await page.getAttribute("html", "lang")).toBe(language);
    await expect.poll(() => shownText(page.locator('[data-figure="centers"]'))).toMatch(/1$/);
    // The menu sits on the reading side: right in Arabic, left in French.
    const menu = must(await page.locator(".RaSidebar-fixed").boundingBox(), "the menu's box");
    const width = must(page.viewportSize(), "the page's size").width;
    if (language === "ar") expect(menu.x).toBeGreaterThan(width / 2);
    else expect(menu.x).toBeLessThan(width / 2);
    // The chart's value axis is on the reading side too.
    const yAxis = must(await page.locator(".recharts-yAxis").first().boundingBox(), "the value axis's box");
    const chart = must(await page.locator(".recharts-surface").first().boundingBox(), "the chart's box");
    if (language === "ar") expect(yAxis.x).toBeGreaterThan(chart.x + chart.width / 2);
    else expect(yAxis.x).toBeLessThan(chart.x + chart.width / 2);
    await screenshot(page, `${language}-dashboard`);
  });

  it("renders Arabic text in the font shipped with the console", async () => {
    const loaded = await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', "التعاون الوطني"));
    const fontFiles = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => /noto-sans-arabic.*\.woff2$/.test(name)),
    );
    expect(loaded).toBe(true);
    expect(fontFiles.every((url) => url.startsWith(server.url))).toBe(true);
    if (language === "ar") expect(fontFiles.some((url) => url.includes("-arabic-400-"))).toBe(true);
  });

  const pages = () => [
    { resource: "centers", record: seeded.center.id, text: "سيدي مومن" },
    { resource: "beneficiaries", record: seeded.beneficiary.id, text: "العمراني" },
    { resource: "enrollments", record: seeded.enrollment.id, text: "العمراني" },
    { resource: "cooperatives", record: seeded.cooperative.id, text: "تيفاوين" },
    { resource: "marketplace-spaces", record: seeded.space.id, text: "أكادير" },
  ];

  it("shows the imports page: past imports and a new import's form", async () => {
    await visit(page, "/imports", ".RaList-main, .RaEmpty-message");
    expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
    await screenshot(page, `${language}-imports-list`);
    await visit(page, "/imports/create", '[data-testid="dropzone"]');
    // The template's button sits beside the selects, never over one of them (their arrows stay clickable).
    const button = must(await page.getByTestId("template-download").boundingBox(), "the template button's box");
    const selects = page.getByTestId("template-row").locator(".MuiTextField-root");
    expect(await selects.count()).toBe(3);
    for (const select of await selects.all()) {
      const box = must(await select.boundingBox(), "a select's box");
      const apart =
        button.x >= box.x + box.width ||
        button.x + button.width <= box.x ||
        button.y >= box.y + box.height ||
        button.y + button.height <= box.y;
      expect(apart, `the button overlaps ${JSON.stringify(box)}`).toBe(true);
    }
    await screenshot(page, `${language}-imports-create`);
  });

  it("opens finance staff's console on the bilan page", async () => {
    const login = await server.api("POST", "/api/auth/login", { username: "finance", password: server.password });
    expect(login.status).toBe(200);
    const finance = await openConsole(browser, { url: server.url, token: login.body.token }, language, "finance");
    try {
      await visit(finance, "/", '[data-testid="bilan-page"]');
      expect(finance.url()).toMatch(/#\/bilan/);
      expect(await finance.getAttribute("html", "lang")).toBe(language);
      await screenshot(finance, `${language}-finance-home`);
    } finally {
      await finance.context().close();
    }
  });

  it("shows each registry's list, record and creation form", async () => {
    for (const { resource, record, text } of pages()) {
      await visit(page, `/${resource}`, `.RaDataTable-row:has-text("${text}")`);
      await expectFieldWords(page, ".RaDataTable-headerCell", resource, language);
      await screenshot(page, `${language}-${resource}-list`);
      await visit(page, `/${resource}/${record}/show`, `.RaShow-main :text("${text}")`);
      await expectFieldWords(page, ".RaShow-main .RaLabeled-label", resource, language);
      await screenshot(page, `${language}-${resource}-show`);
      await visit(page, `/${resource}/create`, "form button[type=submit]");
      await screenshot(page, `${language}-${resource}-create`);
    }
  });
});
