import { indicatorLabels } from "@entraide/core/glossary/labels";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { must } from "../support/must.js";
import { type Language, launchBrowser, openConsole, screenshot } from "./support/browser";
import { fillCenter, input } from "./support/form";
import { centerInput, create } from "./support/records";
import { type ConsoleServer, startConsoleServer } from "./support/server";
import { shownText } from "./support/text";

/** The console shaped by who is signed in: finance reads, the regional officer stays in MA-06, the admin does everything. */
let server: ConsoleServer;
let browser: Browser;
const ids: Record<string, string> = {};

async function tokenOf(username: string): Promise<string> {
  const answer = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: server.password }),
  });
  return ((await answer.json()) as { token: string }).token;
}

async function consoleAs(username: string, language: Language = "ar"): Promise<Page> {
  return openConsole(browser, { url: server.url, token: await tokenOf(username) }, language, username);
}

const rows = (page: Page) => page.locator(".RaDataTable-tbody .RaDataTable-row");
/** Every control that creates, edits or deletes, in either language. */
const writeControls = (page: Page) =>
  page.locator(
    'a[href$="/create"], a[href*="/create?"], .RaCreateButton-root, .ra-delete-button, button[aria-label="حذف"], button[aria-label="Supprimer"], a[aria-label="تعديل"], a[aria-label="Éditer"], button[type="submit"]',
  );

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
  const casablanca = await create(server, "centers", centerInput({ name: "Centre Hay Hassani" }));
  const agadir = await create(
    server,
    "centers",
    centerInput({ name: "Centre Agadir", regionCode: "MA-09", provinceCode: "MA-AGD" }),
  );
  const person = await create(server, "beneficiaries", {
    firstName: "Karima",
    lastName: "Bennani",
    nationalId: "BK123456",
    phone: "0612345678",
    sex: "female",
    birthDate: "1990-04-12",
    categories: ["woman", "disability"],
    disabilityType: "motor",
    regionCode: "MA-06",
    provinceCode: "MA-CAS",
    areaType: "urban",
    consentGiven: true,
  });
  await create(server, "enrollments", {
    beneficiaryId: person.id,
    centerId: casablanca.id,
    service: "training",
    startDate: "2015-02-01",
  });
  await create(server, "aid-distributions", {
    beneficiaryId: person.id,
    kind: "food",
    date: "2015-03-10",
    description: "Panier Ramadan",
    quantity: 1,
    valueMad: 450,
  });
  await create(server, "grants", {
    beneficiaryId: person.id,
    amountMad: 30000,
    awardedOn: "2015-05-20",
    activity: "Atelier de couture",
    status: "awarded",
  });
  Object.assign(ids, { casablanca: casablanca.id, agadir: agadir.id, person: person.id });
  // The bilan of 2015, computed as the scheduler would.
  const run = await server.api("POST", "/api/v1/indicators/2015/runs");
  expect(run.status).toBe(202);
  for (let status = ""; status !== "succeeded"; await new Promise((r) => setTimeout(r, 250))) {
    status = (await server.api("GET", run.body.statusUrl)).body.status;
    if (status === "failed") throw new Error("The bilan of 2015 failed");
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("finance staff", () => {
  let page: Page;
  beforeAll(async () => {
    page = await consoleAs("finance");
  });
  afterAll(async () => page?.context().close());

  it("start on the bilan page, with no Imports in their menu", async () => {
    await page.goto(`${server.url}/#/`);
    await page.waitForURL(/#\/bilan$/);
    await page.getByRole("menuitem", { name: "المراكز" }).waitFor();
    expect(await page.getByRole("menuitem", { name: "استيراد" }).count()).toBe(0);
  });

  it("find no create, edit or delete control on any list or record page", async () => {
    const pages = [
      "centers",
      "beneficiaries",
      "enrollments",
      "aid-distributions",
      "grants",
      `centers/${ids.casablanca}/show`,
      `beneficiaries/${ids.person}/show`,
    ];
    for (const path of pages) {
      await page.goto(`${server.url}/#/${path}`);
      await (path.endsWith("/show") ? page.locator(".RaSimpleShowLayout-stack") : rows(page)).first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await writeControls(page).count(), path).toBe(0);
    }
    await screenshot(page, "finance-beneficiary-ar");
  });

  it("see a person's masked data as the masked text it is, never as a date or reversed", async () => {
    await page.goto(`${server.url}/#/beneficiaries`);
    const row = rows(page).filter({ hasText: "BK****56" });
    await row.waitFor();
    const masked = row.locator('[data-masked="true"]');
    expect(await masked.allInnerTexts()).toEqual(expect.arrayContaining(["K.", "B.", "BK****56", "1990"]));
    // Each masked value is isolated from the right-to-left page, so "K." stays "K.".
    for (const element of await masked.all()) expect(await element.evaluate((e) => e.tagName)).toBe("BDI");
    expect(await shownText(row)).not.toMatch(/1990\/1\/1|01\/01\/1990|\.K/);
  });

  it("read the person's enrollments, aid and grants on their page", async () => {
    await page.goto(`${server.url}/#/beneficiaries/${ids.person}/show`);
    for (const registry of ["enrollments", "aid-distributions", "grants"]) {
      await expect
        .poll(() => page.locator(`[data-testid="of-beneficiary-${registry}"] tbody .RaDataTable-row`).count(), {
          message: registry,
        })
        .toBe(1);
    }
    expect(await shownText(page.locator('[data-testid="of-beneficiary-grants"]'))).toMatch(/20\/05\/2015/);
  });
});

describe("the regional officer of Casablanca-Settat", () => {
  let page: Page;
  beforeAll(async () => {
    page = await consoleAs("officer-ma06", "fr");
  });
  afterAll(async () => page?.context().close());

  it("works with the region filter fixed to MA-06", async () => {
    await page.goto(`${server.url}/#/centers`);
    await rows(page).first().waitFor();
    expect(await rows(page).allInnerTexts()).toEqual([expect.stringContaining("Centre Hay Hassani")]);
    const region = input(page, "regionCode");
    expect(await region.inputValue()).toBe("MA-06");
    await page.goto(`${server.url}/#/centers/create`);
    await expect.poll(() => input(page, "regionCode").inputValue()).toBe("MA-06");
  });

  it("reaches no record of another region: its address answers not found", async () => {
    await page.goto(`${server.url}/#/centers/${ids.agadir}/show`);
    await page.waitForURL((url) => !url.hash.includes(must(ids.agadir, "the Agadir center's id")), { timeout: 15_000 });
    expect(await shownText(page.locator("body"))).not.toContain("Centre Agadir");
    const direct = await fetch(`${server.url}/api/v1/centers/${ids.agadir}`, {
      headers: { authorization: `Bearer ${await tokenOf("officer-ma06")}` },
    });
    expect(direct.status).toBe(404);
  });
});

describe("the administrator", () => {
  let page: Page;
  const noneFound: string[] = [];
  beforeAll(async () => {
    page = await openConsole(browser, server, "ar");
    page.on("response", (response) => response.status() === 404 && noneFound.push(response.url()));
    page.on("console", (message) => message.type() === "error" && noneFound.push(message.text()));
  });
  afterAll(async () => page?.context().close());

  it("opens on the latest year that has a bilan, with no 404 on the way", async () => {
    await page.goto(`${server.url}/#/`);
    const dashboard = page.locator('[data-testid="dashboard"][data-year="2015"][data-source="indicators"]');
    await dashboard.waitFor();
    expect(await shownText(page.locator("h1").first())).toContain("2015");
    // The bilan's figures named as the glossary names them, never by their key.
    expect(await shownText(dashboard.locator('[data-figure="centers.active"]'))).toContain(
      indicatorLabels["centers.active"].ar,
    );
    expect(noneFound).toEqual([]);
  });

  it("sees create, edit and delete", async () => {
    await page.goto(`${server.url}/#/centers`);
    await rows(page).first().waitFor();
    expect(await page.locator('a[href$="#/centers/create"]').count()).toBe(1);
    await page.goto(`${server.url}/#/centers/${ids.agadir}/show`);
    await page.getByText("Centre Agadir").first().waitFor();
    expect(await page.locator(`a[href$="#/centers/${ids.agadir}"]`).count()).toBe(1);
    expect(await page.locator(".ra-delete-button").count()).toBe(1);
  });

  it("enters and reads dates as dd/mm/yyyy", async () => {
    await page.goto(`${server.url}/#/centers/create`);
    await fillCenter(page, { name: "Centre aux dates", openedOn: "2020-01-15" });
    expect(await input(page, "openedOn").inputValue()).toMatch(
      /^\u2066?\u2068?15\u2069?\/\u2068?01\u2069?\/\u2068?2020/,
    );
    await page.locator("form button[type=submit]").click();
    await page.waitForURL(/#\/centers\/[0-9A-Z]{26}\/show$/);
    const id = must(page.url().match(/centers\/([0-9A-Z]{26})/)?.[1], "a center id in the address");
    expect((await server.api("GET", `/api/v1/centers/${id}`)).body.openedOn).toBe("2020-01-15");
    await expect.poll(() => shownText(page.locator('[data-date="2020-01-15"]'))).toBe("15/01/2020");
  });
});

describe("the sign-in page", () => {
  it("names Entraide, offers the language, and keeps it, left to right, after logging out", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const login = await context.newPage();
    await login.goto(`${server.url}/`);
    const brand = login.locator('[data-testid="login-brand"]');
    expect(await shownText(brand)).toMatch(/التعاون الوطني[\s\S]*Entraide Nationale/);
    await screenshot(login, "login-ar");
    await login.locator('[data-locale="fr"]').click();
    await expect.poll(() => login.getAttribute("html", "dir")).toBe("ltr");
    await screenshot(login, "login-fr");
    await input(login, "username").fill("admin");
    await input(login, "password").fill(server.password);
    await login.getByRole("button", { name: /Connexion|Se connecter/ }).click();
    await login.locator('[data-testid="dashboard"]').waitFor();
    await login.locator(".RaUserMenu-userButton, button[aria-label='Profil']").first().click();
    await login.getByRole("menuitem", { name: /Déconnexion/ }).click();
    await brand.waitFor();
    expect(await login.getAttribute("html", "dir")).toBe("ltr");
    expect(await login.getAttribute("html", "lang")).toBe("fr");
    expect(await login.getByRole("button", { name: /Connexion|Se connecter/ }).count()).toBe(1);
    await context.close();
  });
});
