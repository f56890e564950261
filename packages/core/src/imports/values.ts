import { valueLabels, type Words } from "../glossary/imports.js";
import { provinces, regions } from "../territory.js";

/**
 * Reading one cell the way people type it: dates as dd/mm/yyyy, ISO or real
 * date cells; numbers with a decimal comma; fixed lists by code or by their
 * French or Arabic label; yes/no in three languages; territories by code or name.
 * A parser returns the value, or a problem (a glossary code and its parameters).
 */
export type Cell = string | number | boolean | Date | null | undefined;
export type Parsed = { value: unknown } | { problem: string; params?: Record<string, string> };

/** Case, accents, harakat, tatweel, spaces and punctuation ignored; Arabic letter variants folded. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\u0640/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export const cellText = (cell: Cell): string => {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell === null || cell === undefined ? "" : String(cell).trim();
};

const ok = (value: unknown): Parsed => ({ value });
const problem = (code: string, params?: Record<string, string>): Parsed => ({ problem: code, params });

export function parseText(cell: Cell): Parsed {
  return ok(cellText(cell).replace(/\s+/g, " "));
}

/** CIN typed in lowercase or with spaces: `bk 123 456` → `BK123456`. */
export function parseNationalId(cell: Cell): Parsed {
  return ok(
    cellText(cell)
      .replace(/[\s.\-_]/g, "")
      .toUpperCase(),
  );
}

export function parsePhone(cell: Cell): Parsed {
  return ok(cellText(cell).replace(/[\s.\-()]/g, ""));
}

const pad = (n: number | string) => String(n).padStart(2, "0");

export function parseDate(cell: Cell): Parsed {
  if (cell instanceof Date) {
    // Excel date cells carry no time zone: their UTC date is the one typed.
    return ok(`${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`);
  }
  const text = cellText(cell);
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return ok(`${match[3]}-${pad(match[2] ?? "")}-${pad(match[1] ?? "")}`);
  match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return ok(`${match[1]}-${pad(match[2] ?? "")}-${pad(match[3] ?? "")}`);
  return problem("bad_date");
}

export function parseNumber(cell: Cell): Parsed {
  if (typeof cell === "number") return ok(cell);
  const text = cellText(cell)
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(text) ? ok(Number(text)) : problem("bad_number");
}

export function parseInteger(cell: Cell): Parsed {
  const parsed = parseNumber(cell);
  if ("problem" in parsed || Number.isInteger(parsed.value)) return parsed;
  return problem("bad_integer");
}

const yes = new Set(["oui", "o", "yes", "y", "1", "true", "vrai", "نعم", "x"]);
const no = new Set(["non", "n", "no", "0", "false", "faux", "لا"]);

export function parseYesNo(cell: Cell): Parsed {
  if (typeof cell === "boolean") return ok(cell);
  const key = foldText(cellText(cell)) || cellText(cell);
  if (yes.has(key)) return ok(true);
  if (no.has(key)) return ok(false);
  return problem("bad_yes_no");
}

/** Folded code and labels → value, for one fixed list (codes, and labels in every language). */
export function listLookup(list: string, extra: Record<string, string> = {}): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const [value, words] of Object.entries(valueLabels[list] ?? {})) {
    lookup.set(foldText(value), value);
    for (const label of Object.values(words as Words)) lookup.set(foldText(label), value);
  }
  for (const [alias, value] of Object.entries(extra)) lookup.set(foldText(alias), value);
  return lookup;
}

export function parseChoice(lookup: Map<string, string>, allowed: string): (cell: Cell) => Parsed {
  return (cell) => {
    const text = cellText(cell);
    const value = lookup.get(foldText(text));
    return value ? ok(value) : problem("bad_value", { value: text, allowed });
  };
}

/** `woman; child` or `المرأة، الطفولة`: separated by `;`, `,` or the Arabic comma. */
export function parseChoices(lookup: Map<string, string>, allowed: string): (cell: Cell) => Parsed {
  const one = parseChoice(lookup, allowed);
  return (cell) => {
    const values: string[] = [];
    for (const part of cellText(cell)
      .split(/[;,،|]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const parsed = one(part);
      if ("problem" in parsed) return parsed;
      values.push(parsed.value as string);
    }
    return ok(values);
  };
}

const regionLookup = new Map<string, string>();
for (const r of regions)
  for (const key of [r.code, r.code.slice(3), r.nameFr, r.nameAr]) regionLookup.set(foldText(key), r.code);
const provinceLookup = new Map<string, string>();
for (const p of provinces)
  for (const key of [p.code, p.code.slice(3), p.nameFr, p.nameAr]) provinceLookup.set(foldText(key), p.code);

/** A region by code (`MA-06`, `06`), French or Arabic name; a province's name gives its region. */
export function parseRegion(cell: Cell): Parsed {
  const key = foldText(cellText(cell));
  const code = regionLookup.get(key) ?? provinces.find((p) => p.code === provinceLookup.get(key))?.regionCode;
  return code ? ok(code) : problem("bad_region", { value: cellText(cell) });
}

export function parseProvince(cell: Cell): Parsed {
  const code = provinceLookup.get(foldText(cellText(cell)));
  return code ? ok(code) : problem("bad_province", { value: cellText(cell) });
}
