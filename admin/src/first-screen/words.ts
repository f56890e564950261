import type { TranslationMessages } from "react-admin";
import type { AppLocale } from "../i18n/i18nProvider";

/**
 * The console's own messages (i18n/ar.ts, i18n/fr.ts) read the way react-admin's polyglot reads them: a dotted
 * key, the plural form of a count (" |||| " between forms: Arabic has six, French two), `%{name}` placeholders.
 */
const pluralForm: Record<AppLocale, (n: number) => number> = {
  // polyglot's Arabic rule: 0 | 1 | 2 | 3–10 | 11–99 | 100 and more
  ar: (n) => {
    const lastTwo = n % 100;
    if (n < 3) return n;
    if (lastTwo >= 3 && lastTwo <= 10) return 3;
    return lastTwo >= 11 ? 4 : 5;
  },
  fr: (n) => (n >= 2 ? 1 : 0),
};

export function translator(messages: TranslationMessages, locale: AppLocale) {
  return (key: string, options: Record<string, string | number> = {}): string => {
    let found: unknown = messages;
    for (const part of key.split(".")) found = (found as Record<string, unknown> | undefined)?.[part];
    if (typeof found !== "string") return String(options._ ?? key.split(".").pop() ?? key);
    let text = found;
    if (typeof options.smart_count === "number") {
      const forms = found.split("||||");
      text = forms[Math.min(pluralForm[locale](options.smart_count), forms.length - 1)] ?? found;
    }
    return text.trim().replace(/%\{(\w+)\}/g, (whole, name: string) => String(options[name] ?? whole));
  };
}

export type Translate = ReturnType<typeof translator>;
