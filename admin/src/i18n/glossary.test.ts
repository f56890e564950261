import { enumLabels } from "@entraide/core/glossary/labels";
import { describe, expect, it } from "vitest";
import { choicesOf, type EnumName, enums } from "../common/enums";
import { createI18nProvider, loadMessages } from "./i18nProvider";

describe("the console's domain words", () => {
  it("offer every list's values in the glossary's order", () => {
    for (const list of Object.keys(enumLabels) as EnumName[]) {
      expect(enums[list], list).toEqual(Object.keys(enumLabels[list]));
      expect(choicesOf(list).map((c) => c.id)).toEqual(Object.keys(enumLabels[list]));
    }
  });

  it.each(["ar", "fr"] as const)("are the glossary's in %s, for every value of every list", async (language) => {
    const i18n = createI18nProvider(language, await loadMessages(language));
    for (const [list, labels] of Object.entries(enumLabels)) {
      for (const [value, label] of Object.entries(labels)) {
        expect(i18n.translate(`entraide.enums.${list}.${value}`), `${list}.${value}`).toBe(
          (label as Record<string, string>)[language],
        );
      }
    }
  });
});
