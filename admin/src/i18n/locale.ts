/**
 * The console's languages and what follows from one, without the translation machinery: read as a signed-in
 * visit's first screen is painted (first-screen/), before the console's code has arrived.
 */
export type AppLocale = "ar" | "fr";
export const DEFAULT_LOCALE: AppLocale = "ar";

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
