import { describe, expect, it } from "vitest";
import { pick } from "./support/form";
import { create } from "./support/records";
import { consoleSession } from "./support/session";
import { shownText } from "./support/text";

/** A solidarity marketplace space's stalls, managed from its page. */
const session = consoleSession("fr");

const cooperative = (name: string) => ({
  name,
  kind: "cooperative",
  foundedOn: "2015-05-10",
  regionCode: "MA-09",
  provinceCode: "MA-AGD",
  sector: "crafts",
  members: 8,
  foundedByGraduates: false,
});

describe("hosting cooperatives in a marketplace space", () => {
  it("hosts one, refuses one more when full (409, its message shown), and ends a hosting", async () => {
    const space = await create(session.server, "marketplace-spaces", {
      name: "Espace Inezgane",
      regionCode: "MA-09",
      provinceCode: "MA-AGD",
      openedOn: "2016-04-01",
      stalls: 1,
      status: "active",
    });
    const first = await create(session.server, "cooperatives", cooperative("Coopérative Argan Tamount"));
    await create(session.server, "cooperatives", cooperative("Coopérative Tapis Aït Baha"));
    await session.page.goto(`${session.server.url}/#/marketplace-spaces/${space.id}/show`);
    const panel = session.page.locator('[data-testid="hosts-panel"]');
    await panel.getByText("Aucune coopérative hébergée.").waitFor();

    await pick(session.page, "cooperativeId", "Argan Tamount");
    await panel.getByRole("button", { name: /Héberger une coopérative/ }).click();
    await panel.locator(`[data-hosting="${first.id}"]`).waitFor();
    await expect.poll(() => shownText(panel.getByTestId("occupancy"))).toBe("1 stands occupés sur 1");

    await pick(session.page, "cooperativeId", "Tapis Aït Baha");
    await panel.getByRole("button", { name: /Héberger une coopérative/ }).click();
    await expect
      .poll(() => shownText(session.page.locator(".RaNotification, [role=alert]").first()))
      .toMatch(/Les 1 stands de cet espace sont occupés/); // the API answers in the console's language

    await panel.getByRole("button", { name: /Mettre fin à l'hébergement/ }).click();
    await session.page
      .getByRole("dialog")
      .getByRole("button", { name: /Confirmer/ })
      .click();
    await expect.poll(() => shownText(panel.getByTestId("occupancy"))).toBe("0 stands occupés sur 1");
    const hosts = await session.server.api("GET", `/api/v1/marketplace-spaces/${space.id}/hosts`);
    expect(hosts.body.items).toEqual([
      expect.objectContaining({ cooperativeId: first.id, to: expect.any(String), version: 2 }),
    ]);
  });
});
