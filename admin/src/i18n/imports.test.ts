import { importsPageWords } from "@entraide/core/glossary/imports";
import { describe, expect, it } from "vitest";
import { createI18nProvider, loadMessages } from "./i18nProvider";

type Tree = { [key: string]: Tree | string };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );

describe("the Imports page's words", () => {
  it.each(["ar", "fr"] as const)("are the glossary's, every one of them, in %s", async (language) => {
    const i18n = createI18nProvider(language, await loadMessages(language));
    const words = importsPageWords(language);
    const shown = leaves(words.messages as Tree);
    expect(shown.length).toBeGreaterThan(40);
    for (const [key, text] of shown) expect(i18n.translate(`entraide.imports.${key}`), key).toBe(text);
    for (const [key, text] of leaves(words.resource.fields as Tree))
      expect(i18n.translate(`resources.imports.fields.${key}`), key).toBe(text);
    expect(i18n.translate("entraide.imports.title")).toBe(language === "ar" ? "استيراد" : "Importations");
  });
});
