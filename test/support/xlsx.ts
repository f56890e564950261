import ExcelJS from "exceljs";
import { columns, type ExportRow } from "../../packages/functions/src/jobs/exports/rows.js";
import { SHEETS } from "../../packages/functions/src/jobs/exports/xlsx.js";
import { must } from "./must.js";

/**
 * Opens a workbook with ExcelJS, a spreadsheet library independent of the job's
 * own writer: what it reads back is what Excel users will see.
 */
export async function openXlsx(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as never);
  return workbook;
}

/** The figures and breakdowns of a workbook written by bilanXlsx. */
export async function parseBilanXlsx(content: Buffer): Promise<ExportRow[]> {
  const workbook = await openXlsx(content);
  return [SHEETS.indicators, SHEETS.breakdowns].flatMap((name) => {
    const rows: ExportRow[] = [];
    must(workbook.getWorksheet(name), `the sheet ${name}`).eachRow((row, n) => {
      if (n === 1) return;
      const [key, bucket, labelFr, labelAr, value] = columns.map((_, i) => row.getCell(i + 1).value);
      rows.push({
        key: String(key),
        bucket: String(bucket ?? ""),
        labelFr: String(labelFr),
        labelAr: String(labelAr),
        value: Number(value),
      });
    });
    return rows;
  });
}
