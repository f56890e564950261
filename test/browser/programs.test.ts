import { enumLabels } from "@entraide/core/glossary/labels";
import { describe, expect, it } from "vitest";
import { choose, fillDay, input, pick } from "./support/form";
import { create } from "./support/records";
import { consoleSession } from "./support/session";

/** Exhibitions and aid, recorded the way an administrator does it: through the console's forms. */
const session = consoleSession("fr");

const save = () => session.page.getByRole("button", { name: /Enregistrer/ }).click();

describe("exhibitions and aid through the console", () => {
  it("creates an exhibition through its form and adds a participating cooperative with its sales", async () => {
    const cooperative = await create(session.server, "cooperatives", {
      name: "Coopérative Tifawine Argan",
      kind: "cooperative",
      foundedOn: "2014-03-01",
      regionCode: "MA-09",
      provinceCode: "MA-AGD",
      sector: "agrifood",
      members: 14,
      foundedByGraduates: true,
    });
    await session.page.goto(`${session.server.url}/#/exhibitions/create`);
    await input(session.page, "name").fill("Salon régional de l'économie sociale, Agadir");
    await choose(session.page, "regionCode", /^Souss-Massa$/);
    await choose(session.page, "provinceCode", /^Agadir-Ida-Ou-Tanane$/);
    await fillDay(session.page, "startDate", "2015-10-05");
    await fillDay(session.page, "endDate", "2015-10-11");
    await save();

    const panel = session.page.locator('[data-testid="participants-panel"]');
    await panel.getByText("Aucune coopérative participante.").waitFor();
    const exhibitions = await session.server.api("GET", "/api/v1/exhibitions");
    expect(exhibitions.body.items).toEqual([
      expect.objectContaining({
        name: "Salon régional de l'économie sociale, Agadir",
        scope: "regional",
        startDate: "2015-10-05",
      }),
    ]);
    const exhibition = exhibitions.body.items[0];
    expect(session.page.url()).toContain(`/exhibitions/${exhibition.id}/show`);

    await pick(session.page, "cooperativeId", "Tifawine Argan");
    await input(session.page, "salesMad").fill("12500");
    await panel.getByRole("button", { name: /Ajouter une coopérative/ }).click();
    await panel.locator("tbody").getByText("Coopérative Tifawine Argan").waitFor();
    const participants = await session.server.api("GET", `/api/v1/exhibitions/${exhibition.id}/participants`);
    expect(participants.body.items).toEqual([
      expect.objectContaining({ cooperativeId: cooperative.id, salesMad: 12500 }),
    ]);
  });

  it("records food aid given to a beneficiary through the aid form", async () => {
    const person = await create(session.server, "beneficiaries", {
      firstName: "Rachid",
      lastName: "Bennani",
      nationalId: "JB4521",
      sex: "male",
      birthDate: "1971-02-03",
      categories: ["disability"],
      disabilityType: "visual",
      regionCode: "MA-06",
      provinceCode: "MA-CAS",
      areaType: "urban",
      consentGiven: true,
    });
    await session.page.goto(`${session.server.url}/#/aid-distributions/create`);
    await pick(session.page, "beneficiaryId", "JB4521");
    await choose(session.page, "kind", new RegExp(`^${enumLabels.aidKind.food.fr}$`));
    await fillDay(session.page, "date", "2015-12-20");
    await session.page.locator('textarea[name="description"]').fill("Panier alimentaire de l'hiver");
    await input(session.page, "quantity").fill("2");
    await input(session.page, "valueMad").fill("900");
    await save();

    await expect
      .poll(
        async () =>
          (await session.server.api("GET", `/api/v1/aid-distributions?beneficiaryId=${person.id}`)).body.items,
      )
      .toEqual([
        expect.objectContaining({
          beneficiaryId: person.id,
          kind: "food",
          date: "2015-12-20",
          quantity: 2,
          valueMad: 900,
          description: "Panier alimentaire de l'hiver",
        }),
      ]);
    await session.page.getByText("Panier alimentaire de l'hiver").first().waitFor();
  });
});
