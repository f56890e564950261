import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openConsole } from "./support/browser";
import { fillCenter, helperText, input } from "./support/form";
import { centerInput, create } from "./support/records";
import { type ConsoleServer, startConsoleServer } from "./support/server";
import { shownText } from "./support/text";

/** The administrators' daily work, in a real browser, against the app as `npm start` serves it. */
let server: ConsoleServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const rowsOf = (page: Page) => page.locator(".RaDataTable-tbody .RaDataTable-row");
const notification = (page: Page) => page.locator(".RaNotification, [role=alert]").first();

describe("signing in", () => {
  it("signs in through the login form and keeps the token for the API calls", async () => {
    const context = await browser.newContext();
    const login = await context.newPage();
    await login.goto(`${server.url}/`);
    await input(login, "username").fill("admin");
    await input(login, "password").fill(server.password);
    await login.getByRole("button", { name: /تسجيل الدخول|Connexion|Se connecter/ }).click();
    await login.locator('[data-testid="dashboard"]').waitFor();
    expect(await login.getAttribute("html", "dir")).toBe("rtl");
    const session = await login.evaluate(() => JSON.parse(localStorage.getItem("entraide.session") ?? "{}"));
    expect(session.username).toBe("admin");
    if (server.token) expect(session.token).toEqual(expect.any(String));
    await context.close();
  });
});

describe("the registries", () => {
  beforeAll(async () => {
    page = await openConsole(browser, server, "ar");
  });
  afterAll(async () => page?.context().close());

  it("creates a center through the form and finds it in the list", async () => {
    await page.goto(`${server.url}/#/centers/create`);
    await fillCenter(page, { name: "مركز المرأة الحي المحمدي", openedOn: "2020-01-15" });
    await page.locator("form button[type=submit]").click();
    await page.waitForURL(/#\/centers\/[0-9A-Z]{26}\/show$/);
    await page.goto(`${server.url}/#/centers`);
    const row = rowsOf(page).filter({ hasText: "مركز المرأة الحي المحمدي" });
    await expect.poll(() => row.count()).toBe(1);
    // Territory and type by name in Arabic, not by code.
    expect(await shownText(row)).toMatch(/الدار البيضاء/);
    expect(await shownText(row)).toMatch(/مراكز المرأة/);
  });

  it("shows the API's validation message on the field it concerns", async () => {
    await page.goto(`${server.url}/#/centers/create`);
    await fillCenter(page, { name: "مركز بتواريخ معكوسة", openedOn: "2020-01-15", closedOn: "2019-12-31" });
    await page.locator("form button[type=submit]").click();
    await expect.poll(() => shownText(helperText(page, "closedOn"))).toMatch(/closedOn قبل openedOn/); // the API answers in the console's language
    expect(await input(page, "closedOn").getAttribute("aria-invalid")).toBe("true");
    expect(page.url()).toMatch(/#\/centers\/create$/);
    const stored = await server.api("GET", "/api/v1/centers?limit=100");
    expect(stored.body.items.some((c: { name: string }) => c.name === "مركز بتواريخ معكوسة")).toBe(false);
  });

  it("reports a stale version when someone else changed the record meanwhile", async () => {
    const center = await create(
      server,
      "centers",
      centerInput({ name: "Centre de proximité Ain Chock", type: "proximity" }),
    );
    await page.goto(`${server.url}/#/centers/${center.id}`);
    await expect.poll(() => input(page, "name").inputValue()).toBe("Centre de proximité Ain Chock");
    const meanwhile = await server.api("PATCH", `/api/v1/centers/${center.id}`, { capacity: 99 }, { "if-match": "1" });
    expect(meanwhile.status).toBe(200);
    await input(page, "name").fill("Centre de proximité Ain Chock (renommé)");
    await page.locator("form button[type=submit]").click();
    await expect.poll(() => shownText(notification(page))).toMatch(/عدّل شخص آخر هذا السجل/);
    const stored = await server.api("GET", `/api/v1/centers/${center.id}`);
    expect(stored.body).toMatchObject({ name: "Centre de proximité Ain Chock", capacity: 99, version: 2 });
  });

  it("pages through more than one page of centers by cursor", async () => {
    for (let batch = 0; batch < 3; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          create(server, "centers", centerInput({ name: `Centre paginé ${batch * 10 + i + 1}` })),
        ),
      );
    }
    const total = (await server.api("GET", "/api/v1/centers?limit=100")).body.items.length as number;
    expect(total).toBeGreaterThan(30);
    await page.goto(`${server.url}/#/centers?page=1&perPage=25`);
    await expect.poll(() => rowsOf(page).count()).toBe(25);
    const firstPage = await rowsOf(page).allInnerTexts();
    await page.getByRole("button", { name: /الصفحة التالية|page suivante/ }).click();
    await expect.poll(() => rowsOf(page).count()).toBe(total - 25);
    const secondPage = await rowsOf(page).allInnerTexts();
    expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);
    expect(page.url()).toMatch(/page=2/);
    // A reload forgets the cursors: a page never reached falls back to page 1.
    await page.reload();
    // The reload starts the console afresh (its code, who is signed in, the list's page): allow it the time.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/page=1/);
    await expect.poll(() => rowsOf(page).count(), { timeout: 15_000 }).toBe(25);
    expect(await rowsOf(page).allInnerTexts()).toEqual(firstPage);
  });
});

describe("languages", () => {
  it("switches Arabic ↔ French at run time, flips the direction and remembers the choice", async () => {
    const tab = await openConsole(browser, server, "ar");
    await tab.goto(`${server.url}/#/centers`);
    await tab.getByRole("menuitem", { name: "المراكز" }).waitFor();
    expect(await tab.getAttribute("html", "dir")).toBe("rtl");
    await tab.getByRole("button", { name: /العربية/ }).click();
    await tab.getByRole("menuitem", { name: /Français/ }).click();
    await tab.getByRole("menuitem", { name: "Centres" }).waitFor();
    expect(await tab.getAttribute("html", "dir")).toBe("ltr");
    expect(await tab.getAttribute("html", "lang")).toBe("fr");
    await tab.reload();
    await tab.getByRole("menuitem", { name: "Centres" }).waitFor();
    expect(await tab.getAttribute("html", "dir")).toBe("ltr");
    expect(await tab.evaluate(() => localStorage.getItem("RaStore.locale"))).toBe('"fr"');
    await tab.getByRole("button", { name: /Français/i }).click();
    await tab.getByRole("menuitem", { name: /العربية/ }).click();
    await tab.getByRole("menuitem", { name: "المراكز" }).waitFor();
    expect(await tab.getAttribute("html", "dir")).toBe("rtl");
    await tab.context().close();
  });
});
