import { intlLocaleOf } from "../i18n/locale";

/** Writes a number the way a language of the console writes it. */
export type NumberWriter = (value: number) => string;

const WHOLE_DIGITS = /\B(?=(\d{3})+$)/g;

/**
 * Numbers as the console's languages write them (ar-MA and fr-MA: Latin digits, a "." every three digits), as
 * `Intl.NumberFormat` writes them. The registries' numbers are counts (capacity, members, stalls): those are written
 * here without Intl, whose first use in a page loads the locale's data (15–100 ms on the main thread, measured in
 * Chromium); anything else (negative, fractional, huge) goes through Intl, made on its first need.
 */
export function numberWriter(locale: string): NumberWriter {
  let intl: Intl.NumberFormat | undefined;
  return (value) => {
    if (Number.isSafeInteger(value) && value >= 0) return String(value).replace(WHOLE_DIGITS, ".");
    intl ??= new Intl.NumberFormat(intlLocaleOf(locale));
    return intl.format(value);
  };
}
