import { matchReasonLabels } from "@entraide/core/glossary/matching";
import { normalizeArabic, normalizeLatin } from "@entraide/core/matching/normalize";
import { phoneticKeys } from "@entraide/core/matching/phonetic";
import { matchReasons, PROBABLE_DUPLICATE_THRESHOLD, scorePair } from "@entraide/core/matching/score";
import { compareNames } from "@entraide/core/matching/similarity";
import { describe, expect, it } from "vitest";
import { labelledPairs, measureMatcher } from "../support/matching-pairs.js";

const born = { birthDate: "1984-03-02", sex: "male" as const };

describe("names brought to one written form", () => {
  it("folds Arabic letter variants, tatweel and harakat", () => {
    expect(normalizeArabic("أحمد")).toBe("احمد");
    expect(normalizeArabic("إدريس")).toBe(normalizeArabic("ادريس"));
    expect(normalizeArabic("آمنة")).toBe("امنه");
    expect(normalizeArabic("مصطفى")).toBe("مصطفي");
    expect(normalizeArabic("مُحَمَّـــد")).toBe("محمد");
  });

  it("lowers Latin names and strips accents", () => {
    expect(normalizeLatin("  AÏT-Ouahmane ")).toBe("ait ouahmane");
    expect(normalizeLatin("Saïd")).toBe("said");
  });

  it("gives the same skeleton to one name in both scripts and its transliterations", () => {
    for (const name of ["محمد", "Mohamed", "Mohammed", "Mohamad", "Muhammad"])
      expect(phoneticKeys(name)).toContain("MHMD");
    for (const name of ["العلوي", "Alaoui", "El Alaoui"]) expect(phoneticKeys(name)).toContain("L");
    for (const name of ["نور الدين", "Noureddine", "Nour-Eddine"]) expect(phoneticKeys(name)).toContain("NRDN");
    for (const name of ["عبد القادر", "Abdelkader", "Abd el Kader"]) expect(phoneticKeys(name)).toContain("BDLKDR");
    for (const name of ["الشرايبي", "Chraibi", "Shraibi"]) expect(phoneticKeys(name)).toContain("CRB");
  });

  it("tells apart names that share a skeleton", () => {
    expect(compareNames("Hassan", "Houssine").relation).toBe("different");
    expect(compareNames("حسن", "Houcine").relation).toBe("different");
    expect(compareNames("Mohamed", "Mahmoud").relation).toBe("different");
    expect(compareNames("Said", "Saad").relation).toBe("different");
    expect(compareNames("Mohammed", "محمد").relation).toBe("across_scripts");
    expect(compareNames("Ouazzani", "Wazzani").relation).toBe("variant");
  });

  it("reads articles written into the name, and a و or ال that starts it", () => {
    expect(compareNames("Essoussi", "Soussi").relation).toBe("variant");
    expect(compareNames("Echaoui", "الشاوي").relation).toBe("across_scripts");
    expect(compareNames("Lazrak", "الأزرق").relation).toBe("across_scripts");
    expect(compareNames("Ilias", "إلياس").relation).toBe("across_scripts");
    expect(compareNames("Najat", "نجاة").relation).toBe("across_scripts");
    expect(compareNames("ELALAOUI", "والي").relation).toBe("different");
    expect(compareNames("Alaoui", "Alami").relation).toBe("different");
  });
});

describe("the score of a pair", () => {
  it("matches محمد العلوي, Mohamed Alaoui and Mohammed El Alaoui", () => {
    const arabic = { firstName: "محمد", lastName: "العلوي", ...born };
    const latin = { firstName: "Mohamed", lastName: "Alaoui", ...born };
    const other = { firstName: "Mohammed", lastName: "El Alaoui", ...born };
    for (const [a, b] of [
      [arabic, latin],
      [arabic, other],
      [latin, other],
    ] as const) {
      expect(scorePair(a, b).score).toBeGreaterThanOrEqual(PROBABLE_DUPLICATE_THRESHOLD);
    }
    expect(scorePair(arabic, latin).reasons).toEqual([
      "same_birth_date",
      "same_sex",
      "first_name_across_scripts",
      "last_name_across_scripts",
    ]);
  });

  it("compares only people born the same day with the same sex", () => {
    const a = { firstName: "Fatima", lastName: "Bennani", birthDate: "1990-01-01", sex: "female" as const };
    expect(scorePair(a, { ...a, birthDate: "1990-01-02" }).score).toBe(0);
    expect(scorePair(a, { ...a, sex: "male" }).score).toBe(0);
  });

  it("scores the same CIN 1 and says when the CINs differ", () => {
    const a = { firstName: "Omar", lastName: "Tazi", ...born, nationalId: "BE123456" };
    expect(scorePair(a, { ...a, firstName: "Hassan" })).toEqual({
      score: 1,
      reasons: ["same_national_id", "same_birth_date", "same_sex"],
    });
    expect(scorePair(a, { ...a, nationalId: "BE654321" }).reasons).toContain("national_id_differs");
  });

  it("finds first and last names typed in each other's column", () => {
    const match = scorePair(
      { firstName: "Youssef", lastName: "Bakkali", ...born },
      { firstName: "البقالي", lastName: "يوسف", ...born },
    );
    expect(match.reasons).toContain("names_swapped");
    expect(match.score).toBeGreaterThanOrEqual(PROBABLE_DUPLICATE_THRESHOLD);
  });

  it("labels every reason in Arabic and French", () => {
    for (const reason of matchReasons) {
      expect(matchReasonLabels[reason].ar).toMatch(/[\u0600-\u06FF]/);
      expect(matchReasonLabels[reason].fr.length).toBeGreaterThan(3);
    }
  });
});

describe("the labelled pairs", () => {
  it("hold at least 300 pairs of both kinds, in both scripts", () => {
    const pairs = labelledPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThan(100);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThan(100);
    const arabic = (p: (typeof pairs)[number]) => /[\u0600-\u06FF]/.test(p.a.firstName + p.b.firstName);
    expect(pairs.filter(arabic).length).toBeGreaterThan(100);
  });

  it("are told apart with precision ≥ 0.95 and recall ≥ 0.90", () => {
    const { precision, recall, mistakes } = measureMatcher();
    expect({ precision: precision >= 0.95, recall: recall >= 0.9, mistakes: mistakes.slice(0, 5) }).toMatchObject({
      precision: true,
      recall: true,
    });
  });
});
