/**
 * Calendar rules of the bilan. Dates are ISO strings (YYYY-MM-DD), so they
 * compare as text; an open end (no `to`) means "still running".
 */
export interface YearBounds {
  year: number;
  first: string;
  last: string;
}

export function yearBounds(year: number): YearBounds {
  return { year, first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Whether a period from `from` to `to` (inclusive, open when absent) touches some day of the year. */
export function overlapsYear(bounds: YearBounds, from: string | undefined, to?: string): boolean {
  if (!from || from > bounds.last) return false;
  return !to || to >= bounds.first;
}

export function inYear(bounds: YearBounds, date: string | undefined): boolean {
  return date !== undefined && date >= bounds.first && date <= bounds.last;
}

export const ageBands = ["0-17", "18-59", "60+"] as const;
export type AgeBand = (typeof ageBands)[number];

/** Age on 31 December of the year: every birthday of that year has passed by then. */
export function ageBandAt(bounds: YearBounds, birthDate: string): AgeBand {
  const age = bounds.year - Number(birthDate.slice(0, 4));
  return age < 18 ? "0-17" : age < 60 ? "18-59" : "60+";
}

/** Today's date in Morocco, where the bilan's years begin and end. */
export function moroccoToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Africa/Casablanca",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
