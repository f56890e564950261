import { headers, type Language, outcomeLabels, say, valueLabels } from "@entraide/core/glossary/imports";
import type { ImportJob } from "@entraide/core/imports/jobs";
import { type ImportRegistryName, importRegistries } from "@entraide/core/imports/registries";
import type { ImportRow, RowIssue } from "@entraide/core/imports/rows";
import { maskIdentifier } from "@entraide/core/pii";
import { translate } from "../api/language.js";
import { BOM } from "../jobs/exports/csv.js";
import { type Sheet, workbookXlsx, workbookXlsxStream } from "../jobs/exports/workbook.js";

/**
 * What an import hands people as files: the templates to fill, and the report
 * of an import (the file's rows with an outcome and a message column). A cell
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return first) is neutralised with a leading apostrophe: no CSV injection.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const csvCell = (value: string | number, raw = false) => {
  const text = typeof value === "number" || raw ? String(value) : neutralise(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One line of CSV, without its line break. `raw`: our own words (templates), not neutralised. */
const csvLine = (row: (string | number)[], raw = false) => row.map((v) => csvCell(v, raw)).join(",");

export const csvLines = (rows: (string | number)[][], raw = false) =>
  `${BOM}${rows.map((r) => csvLine(r, raw)).join("\r\n")}\r\n`;

/** A row's cells as a workbook gets them: texts neutralised unless `raw`, numbers as numbers. */
const neutralisedCells = (row: (string | number)[], raw = false) =>
  row.map((v) => (typeof v === "number" || raw ? v : neutralise(v)));

/** The types of the files an import takes and gives. */
export const fileContentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const header = (field: string, lang: Language) => headers[field]?.[lang] ?? field;

/** One message of a row, in the reader's language (field names in parameters become headers). */
export function issueMessage(issue: RowIssue, lang: Language): string {
  const params = issue.params ?? {};
  // A registry rule speaks the API's words (English): the API's error glossary has them in every language.
  const worded =
    issue.code === "rule" && typeof params.detail === "string"
      ? { ...params, detail: translate(params.detail, lang) }
      : params;
  return say(issue.code, lang, worded);
}

/** The issue's column: the file's own header, or (a column the file lacks) the field's header in the reader's language. */
export const issueColumn = (issue: RowIssue, lang: Language) =>
  headers[issue.column] ? header(issue.column, lang) : issue.column;

export function rowMessage(row: ImportRow, lang: Language): string {
  return row.issues.map((i) => (i.column ? `${issueColumn(i, lang)}: ` : "") + issueMessage(i, lang)).join(" | ");
}

/**
 * The report's lines: a header (row number, the file's columns, outcome, message, created record or the record
 * it duplicates), then one line per row of the file, in file order, as the rows are read: never all in memory.
 */
export async function* reportLines(
  job: ImportJob,
  rows: AsyncIterable<ImportRow>,
  lang: Language,
  mayReadPii: (regionCode?: string) => boolean,
): AsyncGenerator<(string | number)[]> {
  const titles = job.columns?.titles ?? [];
  const personal = new Set(importRegistries[job.registry].columns.filter((c) => c.personal).map((c) => c.field));
  const hidden = (job.columns?.fields ?? []).map((field) => field !== null && personal.has(field));
  yield [header("row", lang), ...titles, header("outcome", lang), header("message", lang), header("recordId", lang)];
  for await (const row of rows) {
    const clear = mayReadPii(row.regionCode);
    const cells = titles.map((_, i) => {
      const cell = row.cells[i];
      return hidden[i] && !clear && cell ? maskIdentifier(cell) : (cell ?? "");
    });
    const record = row.recordId ?? row.matches.map((m) => m.recordId).join(" ");
    yield [row.row, ...cells, outcomeLabels[row.outcome]?.[lang] ?? row.outcome, rowMessage(row, lang), record];
  }
}

/** The report as CSV (UTF-8 with BOM, as Excel opens it), line by line. */
export async function* csvReport(lines: AsyncIterable<(string | number)[]>): AsyncGenerator<Buffer> {
  yield Buffer.from(BOM, "utf8");
  for await (const line of lines) yield Buffer.from(`${csvLine(line)}\r\n`, "utf8");
}

/** The report as a workbook of one sheet, right to left for Arabic readers, written as its lines come. */
export async function* xlsxReport(lines: AsyncIterable<(string | number)[]>, lang: Language): AsyncGenerator<Buffer> {
  const rows = (async function* () {
    for await (const line of lines) yield neutralisedCells(line);
  })();
  const head = (await rows.next()).value ?? [];
  const sheet = { name: "report", widths: head.map(() => 22), header: head, rows, rightToLeft: lang === "ar" };
  yield* workbookXlsxStream([sheet], new Date());
}

export function tableXlsx(name: string, table: (string | number)[][], extra: Sheet[] = [], raw = false): Buffer {
  const [head = [], ...rows] = table.map((r) => neutralisedCells(r, raw));
  const sheet: Sheet = { name, widths: head.map(() => 22), header: head, rows };
  return workbookXlsx([sheet, ...extra], new Date());
}

/** The template of a registry: its headers in one language and one example row; in XLSX a second sheet of allowed values. */
export function template(registryName: ImportRegistryName, lang: "ar" | "fr", format: "csv" | "xlsx"): Buffer {
  const registry = importRegistries[registryName];
  const example = (column: (typeof registry.columns)[number]) =>
    (column.list ? valueLabels[column.list]?.[column.example]?.[lang] : undefined) ?? column.example;
  const table = [registry.columns.map((c) => header(c.field, lang)), registry.columns.map(example)];
  if (format === "csv") return Buffer.from(csvLines(table, true), "utf8");
  const allowed: (string | number)[][] = [];
  for (const column of registry.columns) {
    for (const [value, words] of Object.entries((column.list && valueLabels[column.list]) || {})) {
      allowed.push([header(column.field, lang), value, words.ar, words.fr]);
    }
  }
  const head = [header("column", lang), header("value", lang), "العربية", "Français"];
  return tableXlsx(
    registryName,
    table,
    [{ name: header("allowedValues", lang), widths: [28, 22, 28, 28], header: head, rows: allowed }],
    true,
  );
}
