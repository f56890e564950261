import { enumLabels } from "@entraide/core/glossary/labels";
import { describe, expect, it } from "vitest";
import { choicesOf, type EnumName, enums } from "../common/enums";
import { createI18nProvider, loadMessages } from "./i18nProvider";

const lists = Object.keys(enums) as EnumName[];

describe("the console's domain words", () => {
  it("offer the API document's lists, in its order, and the glossary names exactly their values", () => {
    for (const list of lists) {
      expect(choicesOf(list).map((c) => c.id)).toEqual([...enums[list]]);
      expect(Object.keys(enumLabels[list]).sort(), list).toEqual([...enums[list]].sort());
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
