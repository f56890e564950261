import { formatDay } from "../common/dates";
import type { NumberWriter } from "../common/numbers";
import type { ListColumn } from "../resources/listColumns";
import { type ReferencedRecords, referenceKey, referenceName } from "./references";
import type { Translate } from "./words";

/** A cell's text, and its own direction where the list isolates it (dates, identifiers, masked values). */
export interface Cell {
  text: string;
  dir?: "ltr" | "auto";
  /** Values shown as chips (EnumChipsField), when the column lists several. */
  chips?: string[];
}

export interface Territory {
  code: string;
  nameAr: string;
  nameFr: string;
  provinces?: Territory[];
}

export interface CellContext {
  translate: Translate;
  locale: "ar" | "fr";
  numbers: NumberWriter;
  territories: Map<string, Territory>;
  /** The records reference columns point at (references.ts). */
  references: ReferencedRecords;
}

const YEAR_ONLY = /^\d{4}$/;

/**
 * What a list cell of the console shows (common/fields.tsx, personFields.tsx, TerritoryFields.tsx), as text.
 * A reference shows the other record's name, as the console's reference field does.
 */
export function cellOf(column: ListColumn, record: Record<string, unknown>, context: CellContext): Cell {
  const value = record[column.source];
  const { translate } = context;
  switch (column.kind) {
    case "enum":
      return { text: typeof value === "string" ? translate(`entraide.enums.${column.list}.${value}`) : "" };
    case "enums": {
      const chips = (Array.isArray(value) ? value : []).map((v) => translate(`entraide.enums.${column.list}.${v}`));
      return { text: chips.join(" "), chips };
    }
    case "number":
      return { text: typeof value === "number" ? context.numbers(value) : value == null ? "" : String(value) };
    case "date":
      return typeof value === "string" && value ? { text: formatDay(value), dir: "ltr" } : { text: "" };
    case "province":
    case "region": {
      if (typeof value !== "string" || !value) return { text: "" };
      const territory = context.territories.get(value);
      return { text: territory ? (context.locale === "ar" ? territory.nameAr : territory.nameFr) : value };
    }
    case "person":
      return typeof value === "string" && value ? { text: value, dir: "auto" } : { text: "—" };
    case "identifier":
      return typeof value === "string" && value ? { text: value, dir: "ltr" } : { text: "—" };
    case "birthDate":
      if (typeof value === "string" && YEAR_ONLY.test(value)) return { text: value, dir: "ltr" };
      return typeof value === "string" && value ? { text: formatDay(value), dir: "ltr" } : { text: "" };
    case "reference": {
      const record =
        typeof value === "string" ? context.references.get(referenceKey(column.reference, value)) : undefined;
      return { text: referenceName(column.reference, record), dir: "auto" };
    }
    default:
      return { text: value == null ? "" : String(value) };
  }
}

/** Regions and their provinces by code, from `GET /api/v1/territories`. */
export function territoriesByCode(answer: { regions?: Territory[] } | undefined): Map<string, Territory> {
  const byCode = new Map<string, Territory>();
  for (const region of answer?.regions ?? []) {
    byCode.set(region.code, region);
    for (const province of region.provinces ?? []) byCode.set(province.code, province);
  }
  return byCode;
}
