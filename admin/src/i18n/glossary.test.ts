import { enumLabels } from "@entraide/core/glossary/labels";
import { registryWords } from "@entraide/core/glossary/registries";
import type { Label, Words } from "@entraide/core/glossary/words";
import { describe, expect, it } from "vitest";
import { choicesOf, type EnumName, enums } from "../common/enums";
import { createI18nProvider, loadMessages } from "./i18nProvider";

const lists = Object.keys(enums) as EnumName[];

/** Each label of a tree of words with its path ("location.lat"). */
const leaves = (tree: Words, prefix = ""): Array<[string, Label]> =>
  Object.entries(tree).flatMap(([key, node]) =>
    typeof node.ar === "string" ? [[`${prefix}${key}`, node as Label]] : leaves(node as Words, `${prefix}${key}.`),
  );

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

  it.each(["ar", "fr"] as const)(
    "name every registry and its fields as the registry's words do, in %s",
    async (language) => {
      const i18n = createI18nProvider(language, await loadMessages(language));
      for (const [path, words] of Object.entries(registryWords)) {
        // One and two (react-admin's plural): forms 1 and 2 of Arabic's six, forms 0 and 1 of French's two.
        const [singular, plural] = words.name[language].split(" |||| ").slice(language === "ar" ? 1 : 0);
        expect(i18n.translate(`resources.${path}.name`, { smart_count: 1 }), path).toBe(singular);
        expect(i18n.translate(`resources.${path}.name`, { smart_count: 2 }), path).toBe(plural);
        for (const [field, label] of leaves(words.fields)) {
          expect(i18n.translate(`resources.${path}.fields.${field}`), `${path}.${field}`).toBe(label[language]);
        }
      }
    },
  );
});
