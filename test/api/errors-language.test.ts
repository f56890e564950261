import { beforeAll, describe, expect, it } from "vitest";
import { errorMessages, errorNouns } from "../../packages/core/src/glossary/errors.js";
import { languageOf, translate, untranslated } from "../../packages/functions/src/api/language.js";
import { testApi } from "../support/api.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";
import { must } from "../support/must.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const placeholders = (text: string) => [...text.matchAll(/{(\w+)}/g)].map((m) => m[1]).sort();

describe("errors in the caller's language", () => {
  it("has every message of the glossary in English, French and Arabic, with the same placeholders", () => {
    const english = errorMessages.map(([en]) => en);
    expect(new Set(english).size, "each English message once").toBe(english.length);
    for (const [en, fr, ar] of errorMessages) {
      expect(fr.trim(), en).not.toBe("");
      expect(ar.trim(), en).not.toBe("");
      expect(fr, `${en}: French is a translation`).not.toBe(en);
      expect(ar, `${en}: Arabic script`).toMatch(/[\u0600-\u06FF]/);
      expect(placeholders(fr), en).toEqual(placeholders(en));
      expect(placeholders(ar), en).toEqual(placeholders(en));
    }
    for (const [noun, { fr, ar }] of Object.entries(errorNouns)) expect([fr, ar].every(Boolean), noun).toBe(true);
  });

  it("picks the language from Accept-Language, English by default", () => {
    expect(languageOf("ar")).toBe("ar");
    expect(languageOf("fr-MA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(languageOf("de-DE,en;q=0.5,ar;q=0.7")).toBe("ar");
    expect(languageOf("fr;q=0,en")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
    expect(languageOf("*")).toBe("en");
  });

  it("says the same error in each language with the same code and paths", async () => {
    const body = aCenter({ provinceCode: "MA-AGD", capacity: -1, name: "x", colour: "red" });
    const answers = Object.fromEntries(
      await Promise.all(
        ["en", "fr", "ar"].map(
          async (language) =>
            [language, await api.call("POST", "/api/v1/centers", body, { "accept-language": language })] as const,
        ),
      ),
    );
    const inLanguage = (language: string) => must(answers[language], `the answer in ${language}`);
    for (const answer of Object.values(answers)) {
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe("validation_failed");
      expect(answer.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(
        inLanguage("en")
          .body.error.issues.map((i: { path: string }) => i.path)
          .sort(),
      );
    }
    const colour = (language: string) =>
      inLanguage(language).body.error.issues.find((i: { path: string }) => i.path === "colour").message;
    expect([colour("en"), colour("fr"), colour("ar")]).toEqual(["Unknown field", "Champ inconnu", "حقل غير معروف"]);
    expect(inLanguage("fr").body.error.message).toBe("corps : invalide");
    expect(inLanguage("ar").headers.get("content-language")).toBe("ar");
    const province = inLanguage("fr").body.error.issues.find(
      (i: { path: string }) => i.path === "provinceCode",
    ).message;
    expect(province).toMatch(/se trouve dans la région MA-09, pas MA-06/);
    const capacity = inLanguage("ar").body.error.issues.find((i: { path: string }) => i.path === "capacity").message;
    expect(capacity).toMatch(/[\u0600-\u06FF]/);
  });

  it("translates messages with values: record kinds too, ids kept", async () => {
    const missing = await api.call("GET", "/api/v1/beneficiaries/01J0000000000000000000ZZZZ", undefined, {
      "accept-language": "ar",
    });
    expect(missing.body.error).toMatchObject({
      code: "not_found",
      message: "لا يوجد مستفيد بالمعرّف 01J0000000000000000000ZZZZ",
    });
    const person = (await api.call("POST", "/api/v1/beneficiaries", aBeneficiary())).body;
    const grant = await api.call(
      "POST",
      "/api/v1/grants",
      { beneficiaryId: person.id, amountMad: 100, awardedOn: "2024-01-01", activity: "Couture", status: "awarded" },
      { "accept-language": "fr" },
    );
    expect(grant.status).toBe(422);
    expect(grant.body.error.message).toBe(
      `Aucun bénéficiaire avec l'id ${person.id} de la catégorie handicap (les subventions du FACS vont aux personnes en situation de handicap)`,
    );
    expect(translate("No such thing the glossary never heard of", "fr")).toBe(
      "No such thing the glossary never heard of",
    );
    expect(untranslated.has("No such thing the glossary never heard of")).toBe(true);
    untranslated.delete("No such thing the glossary never heard of");
  });
});
