import englishMessages from "ra-language-english";
import { describe, expect, it } from "vitest";
import arabicMessages, { raArabic } from "./ar";
import arabicDomain from "./domain-ar";
import frenchDomain from "./domain-fr";
import { createI18nProvider } from "./i18nProvider";

/** Every leaf key of a nested message object, as "a.b.c". */
function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function valueAt(messages: object, key: string): string {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined),
      messages,
    ) as string;
}

describe("the Arabic messages", () => {
  it("cover every key of react-admin's English pack, and nothing it doesn't know", () => {
    expect(keysOf(raArabic).sort()).toEqual(keysOf(englishMessages).sort());
    for (const key of keysOf(raArabic)) expect(valueAt(raArabic, key), key).toEqual(expect.any(String));
  });

  it("keep every placeholder of the English text", () => {
    for (const key of keysOf(englishMessages)) {
      const placeholders = (text: string) => new Set(text.match(/%\{\w+\}/g) ?? []);
      const english = placeholders(valueAt(englishMessages, key));
      english.delete("%{smart_count}");
      for (const placeholder of english)
        expect(valueAt(raArabic, key), `${key} keeps ${placeholder}`).toContain(placeholder);
    }
  });

  it("give all six Arabic plural forms wherever a count is involved", () => {
    const counted = keysOf(englishMessages).filter((key) => valueAt(englishMessages, key).includes("||||"));
    expect(counted.length).toBeGreaterThan(5);
    for (const key of counted) expect(valueAt(raArabic, key).split(" |||| "), key).toHaveLength(6);
    for (const resource of Object.keys(arabicDomain.resources)) {
      expect(valueAt(arabicDomain, `resources.${resource}.name`).split(" |||| "), resource).toHaveLength(6);
    }
  });

  it("pick the form Arabic grammar asks for: 0 | 1 | 2 | 3–10 | 11–99 | 100+", () => {
    const { translate } = createI18nProvider("ar", arabicMessages);
    const selected = (n: number) => translate("ra.action.bulk_actions", { smart_count: n });
    expect(selected(0)).toBe("لم يُحدَّد أي عنصر");
    expect(selected(1)).toBe("عنصر واحد محدد");
    expect(selected(2)).toBe("عنصران محددان");
    expect(selected(7)).toBe("7 عناصر محددة");
    expect(selected(25)).toBe("25 عنصرًا محددًا");
    expect(selected(100)).toBe("100 عنصر محدد");
    expect(selected(103)).toBe("103 عناصر محددة");
  });

  it("name a resource in the plural where react-admin asks with smart_count 2 (menu, list title)", () => {
    const { translate } = createI18nProvider("ar", arabicMessages);
    expect(translate("resources.centers.name", { smart_count: 2 })).toBe("المراكز");
    expect(translate("resources.centers.name", { smart_count: 1 })).toBe("مركز");
    expect(translate("ra.page.create", { name: translate("resources.centers.name", { smart_count: 1 }) })).toBe(
      "إنشاء مركز",
    );
  });

  it("fall back to react-admin's default text, never crash, for a key nobody wrote", () => {
    const { translate } = createI18nProvider("ar", arabicMessages);
    expect(translate("resources.centers.fields.unknownField", { _: "Unknown field" })).toBe("Unknown field");
    expect(translate("entraide.nowhere.to_be_found")).toBe("to_be_found");
  });

  it("have the same domain keys in Arabic and French", () => {
    expect(keysOf(arabicDomain).sort()).toEqual(keysOf(frenchDomain).sort());
    expect(keysOf(arabicMessages).length).toBeGreaterThan(keysOf(englishMessages).length);
  });
});
