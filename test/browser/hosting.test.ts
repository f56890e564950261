import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openConsole } from "./support/browser";
import { pick } from "./support/form";
import { create } from "./support/records";
import { startConsoleServer, type ConsoleServer } from "./support/server";

/** A solidarity marketplace space's stalls, managed from its page. */
let server: ConsoleServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
  page = await openConsole(browser, server, "fr");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const cooperative = (name: string) => ({
  name, kind: "cooperative", foundedOn: "2015-05-10", regionCode: "MA-09", provinceCode: "MA-AGD",
  sector: "crafts", members: 8, foundedByGraduates: false,
});

describe("hosting cooperatives in a marketplace space", () => {
  it("hosts one, refuses one more when full (409, its message shown), and ends a hosting", async () => {
    const space = await create(server, "marketplace-spaces", { name: "Espace Inezgane", regionCode: "MA-09", provinceCode: "MA-AGD", openedOn: "2016-04-01", stalls: 1, status: "active" });
    const first = await create(server, "cooperatives", cooperative("Coopérative Argan Tamount"));
    await create(server, "cooperatives", cooperative("Coopérative Tapis Aït Baha"));
    await page.goto(`${server.url}/#/marketplace-spaces/${space.id}/show`);
    const panel = page.locator('[data-testid="hosts-panel"]');
    await panel.getByText("Aucune coopérative hébergée.").waitFor();

    await pick(page, "cooperativeId", "Argan Tamount");
    await panel.getByRole("button", { name: /Héberger une coopérative/ }).click();
    await panel.locator(`[data-hosting="${first.id}"]`).waitFor();
    await expect.poll(() => panel.getByTestId("occupancy").innerText()).toBe("1 stands occupés sur 1");

    await pick(page, "cooperativeId", "Tapis Aït Baha");
    await panel.getByRole("button", { name: /Héberger une coopérative/ }).click();
    await expect.poll(() => page.locator(".RaNotification, [role=alert]").first().innerText()).toMatch(/All 1 stalls of this space are taken/);

    await panel.getByRole("button", { name: /Mettre fin à l'hébergement/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: /Confirmer/ }).click();
    await expect.poll(() => panel.getByTestId("occupancy").innerText()).toBe("0 stands occupés sur 1");
    const hosts = await server.api("GET", `/api/v1/marketplace-spaces/${space.id}/hosts`);
    expect(hosts.body.items).toEqual([expect.objectContaining({ cooperativeId: first.id, to: expect.any(String), version: 2 })]);
  });
});
