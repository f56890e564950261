import ExcelJS from "exceljs";
import type { Snapshot } from "@entraide/core/indicators/snapshots";
import { breakdownRows, columns, indicatorRows, type ExportRow } from "./rows.js";

const SHEETS = { indicators: "Indicateurs - المؤشرات", breakdowns: "Détails - التفاصيل" } as const;

/** The bilan as a workbook: one sheet of figures, one of breakdowns; headers in French and Arabic. */
export async function bilanXlsx(snapshot: Snapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Entraide Nationale";
  workbook.created = new Date(snapshot.computedAt);
  addSheet(workbook, SHEETS.indicators, indicatorRows(snapshot));
  addSheet(workbook, SHEETS.breakdowns, breakdownRows(snapshot));
  const info = workbook.addWorksheet("Info");
  info.addRows([
    ["Année - السنة", snapshot.year],
    ["Calculé le - تاريخ الاحتساب", snapshot.computedAt],
    ["Clôturé - مغلق", snapshot.frozen ? "oui - نعم" : "non - لا"],
    ["Sources manquantes - مصادر غير متوفرة", snapshot.missingSources.map((s) => s.entity).join(", ")],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, rows: ExportRow[]) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: `${c.fr} - ${c.ar}`, key: c.name, width: c.name.startsWith("label") ? 60 : 24 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
}

/** Reads back the figures and breakdowns of a workbook written by bilanXlsx. */
export async function parseBilanXlsx(content: Buffer): Promise<ExportRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as never);
  return [SHEETS.indicators, SHEETS.breakdowns].flatMap((name) => {
    const rows: ExportRow[] = [];
    workbook.getWorksheet(name)!.eachRow((row, n) => {
      if (n === 1) return;
      const [key, bucket, labelFr, labelAr, value] = columns.map((_, i) => row.getCell(i + 1).value);
      rows.push({ key: String(key), bucket: String(bucket ?? ""), labelFr: String(labelFr), labelAr: String(labelAr), value: Number(value) });
    });
    return rows;
  });
}
