import { describe, expect, it } from "vitest";
import { intlLocaleOf } from "../i18n/locale";
import { numberWriter } from "./numbers";

describe("numbers as the console's languages write them", () => {
  const values = [0, 7, 40, 999, 1000, 1234, 12_345, 123_456, 1_234_567, 2 ** 53 - 1, -5, -1234, 0.5, 1234.56, 2 ** 53];
  for (const locale of ["ar", "fr"] as const) {
    it(`writes every number as Intl.NumberFormat(${intlLocaleOf(locale)}) does, counts without it`, () => {
      const write = numberWriter(locale);
      const intl = new Intl.NumberFormat(intlLocaleOf(locale));
      expect(values.map(write)).toEqual(values.map((value) => intl.format(value)));
      expect(write(1_234_567)).toBe("1.234.567");
    });
  }
});
