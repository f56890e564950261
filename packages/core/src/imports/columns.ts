import { headers } from "../glossary/imports.js";
import type { ImportColumn, ImportRegistry } from "./registries.js";
import { type Cell, cellText, foldText } from "./values.js";

/** How a file's header row maps onto a registry's columns. */
export interface ColumnMapping {
  /** For each position in the file: the field it fills, or null (unknown or repeated). */
  fields: (string | null)[];
  /** The file's own header words, by position (for messages and reports). */
  titles: string[];
  unknown: string[];
  /** Required fields without a column. */
  missing: string[];
}

/** Every way a column may be headed: API field name, Arabic, French, English, aliases — folded. */
function namesOf(column: ImportColumn): string[] {
  const words = headers[column.field];
  return [column.field, ...(words ? Object.values(words) : []), ...(column.aliases ?? [])].map(foldText);
}

export function mapColumns(registry: ImportRegistry, headerCells: Cell[]): ColumnMapping {
  const byName = new Map<string, string>();
  // Registry-specific names first: "Nom" is a center's name but a beneficiary's last name.
  for (const column of registry.columns)
    for (const name of namesOf(column)) if (!byName.has(name)) byName.set(name, column.field);
  const titles = headerCells.map(cellText);
  const taken = new Set<string>();
  const unknown: string[] = [];
  const fields = titles.map((title) => {
    if (!title) return null;
    const field = byName.get(foldText(title));
    if (!field || taken.has(field)) {
      unknown.push(title);
      return null;
    }
    taken.add(field);
    return field;
  });
  const missing = registry.columns.filter((c) => c.required && !taken.has(c.field)).map((c) => c.field);
  return { fields, titles, unknown, missing };
}
