import polyglotI18nProvider from "ra-i18n-polyglot";
import type { I18nProvider, TranslationMessages } from "react-admin";
import arabicMessages from "./ar";
import frenchMessages from "./fr";

export type AppLocale = "ar" | "fr";
export const DEFAULT_LOCALE: AppLocale = "ar";

const messages: Record<AppLocale, TranslationMessages> = { ar: arabicMessages, fr: frenchMessages };
export const isAppLocale = (value: unknown): value is AppLocale => value === "ar" || value === "fr";

/** Writing direction and the Intl locale for numbers and dates (Moroccan conventions). */
export const directionOf = (locale: string) => (locale === "ar" ? "rtl" : "ltr");
export const intlLocaleOf = (locale: string) => (locale === "ar" ? "ar-MA" : "fr-MA");

/** The language the administrator chose last time (react-admin's store keeps it as `RaStore.locale`). */
export function rememberedLocale(storage: Pick<Storage, "getItem"> = localStorage): AppLocale {
  try {
    const stored = JSON.parse(storage.getItem("RaStore.locale") ?? "null");
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * A missing key shows react-admin's built-in fallback (`_`) when it has one,
 * otherwise the key's last segment, never a crash: a half-translated screen is
 * better than a broken one.
 */
const onMissingKey = (key: string, options: { _?: string }) => options._ ?? key.split(".").pop() ?? key;

export function createI18nProvider(initial: AppLocale = rememberedLocale()): I18nProvider {
  return polyglotI18nProvider(
    (locale) => messages[isAppLocale(locale) ? locale : DEFAULT_LOCALE],
    initial,
    [
      { locale: "ar", name: "العربية" },
      { locale: "fr", name: "Français" },
    ],
    { allowMissing: true, onMissingKey },
  );
}
