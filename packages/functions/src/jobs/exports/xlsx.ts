import { bilanWords as words } from "@entraide/core/glossary/bilan";
import { enumLabels } from "@entraide/core/glossary/labels";
import { bothLanguages } from "@entraide/core/glossary/words";
import type { Snapshot } from "@entraide/core/indicators/snapshots";
import { breakdownRows, columns, type ExportRow, indicatorRows } from "./rows.js";
import { type Sheet, workbookXlsx } from "./workbook.js";

/** The sheets, named as the console's bilan page names its sections. */
export const SHEETS = {
  indicators: bothLanguages(words.indicators),
  breakdowns: bothLanguages(words.breakdowns),
  arabic: words.menu.ar,
  info: bothLanguages(words.run),
} as const;

/**
 * The bilan as a workbook: one sheet of figures, one of breakdowns (both keyed,
 * with French and Arabic labels), the whole bilan in Arabic on a right-to-left
 * sheet, and one sheet about the run (the workbook writer is workbook.ts).
 */
export async function bilanXlsx(snapshot: Snapshot): Promise<Buffer> {
  const header = columns.map((c) => bothLanguages(c.label));
  const widths = columns.map((c) => (c.name.startsWith("label") ? 60 : 24));
  const asCells = (rows: ExportRow[]) => rows.map((row) => columns.map((c) => row[c.name]));
  const sheets: Sheet[] = [
    { name: SHEETS.indicators, widths, header, rows: asCells(indicatorRows(snapshot)) },
    { name: SHEETS.breakdowns, widths, header, rows: asCells(breakdownRows(snapshot)) },
    {
      name: SHEETS.arabic,
      widths: [70, 24, 40],
      header: [words.indicator.ar, words.value.ar, words.key.ar],
      rows: [...indicatorRows(snapshot), ...breakdownRows(snapshot)].map((row) => [
        row.labelAr,
        row.value,
        row.bucket ? `${row.key} ${row.bucket}` : row.key,
      ]),
      rightToLeft: true,
    },
    {
      name: SHEETS.info,
      widths: [40, 40],
      rows: [
        [bothLanguages(words.year), snapshot.year],
        [bothLanguages(words.computed_at), snapshot.computedAt],
        [
          bothLanguages(words.status),
          bothLanguages(enumLabels.bilanStatus[snapshot.frozen ? "frozen" : "provisional"]),
        ],
        [bothLanguages(words.missing_sources), snapshot.missingSources.map((s) => s.entity).join(", ")],
      ],
    },
  ];
  return workbookXlsx(sheets, new Date(snapshot.computedAt));
}
