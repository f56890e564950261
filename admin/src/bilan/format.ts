import { intlLocaleOf } from "../i18n/i18nProvider";

/** How each figure is written: shares as percentages, amounts in dirhams, counts as whole numbers. */
export type FigureKind = "share" | "mad" | "count";
export const kindOf = (key: string): FigureKind =>
  key.endsWith("Share") ? "share" : /Mad($|By)/.test(key) ? "mad" : "count";

export function figureFormat(locale: string) {
  const intl = intlLocaleOf(locale);
  const count = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 });
  const share = new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 1 });
  const mad = new Intl.NumberFormat(intl, { style: "currency", currency: "MAD", maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(intl, { signDisplay: "exceptZero", maximumFractionDigits: 0 });
  const signedShare = new Intl.NumberFormat(intl, { signDisplay: "exceptZero", maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(intl, {
    style: "percent",
    signDisplay: "exceptZero",
    maximumFractionDigits: 1,
  });
  return {
    value: (key: string, value: number) => ({ share, mad, count })[kindOf(key)].format(value),
    count: (value: number) => count.format(value),
    /** The change from last year: in points for a share, otherwise in units and in percent. */
    change(key: string, value: number, previous: number): { delta: string; percent?: string; sign: number } {
      const delta = value - previous;
      const sign = Math.sign(delta);
      if (kindOf(key) === "share") return { delta: `${signedShare.format(delta * 100)} pt`, sign };
      return { delta: signed.format(delta), percent: previous ? percent.format(delta / previous) : undefined, sign };
    },
    date: (iso: string) => new Date(iso).toLocaleString(intl, { dateStyle: "medium", timeStyle: "short" }),
    size: (bytes: number) =>
      bytes < 1024
        ? `${count.format(bytes)} B`
        : bytes < 1024 * 1024
          ? `${count.format(Math.round(bytes / 1024))} KB`
          : `${new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`,
  };
}
export type FigureFormat = ReturnType<typeof figureFormat>;
