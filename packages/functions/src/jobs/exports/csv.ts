import type { Snapshot } from "@entraide/core/indicators/snapshots";
import { breakdownRows, columns, type ExportRow, indicatorRows } from "./rows.js";

/** Excel opens a CSV as UTF-8 (and shows Arabic) only when it starts with a byte order mark. */
export const BOM = "\uFEFF";

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function bilanCsv(snapshot: Snapshot): Buffer {
  const rows: ExportRow[] = [...indicatorRows(snapshot), ...breakdownRows(snapshot)];
  const lines = [
    columns.map((c) => c.name).join(","),
    ...rows.map((r) => columns.map((c) => cell(r[c.name])).join(",")),
  ];
  return Buffer.from(`${BOM}${lines.join("\r\n")}\r\n`, "utf8");
}

/** Reads back what bilanCsv wrote (quoted cells included). */
export function parseBilanCsv(content: Buffer | string): ExportRow[] {
  const text = content.toString().replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      field = field.replace(/\r$/, "");
      endField();
      records.push(record);
      record = [];
    } else field += ch;
  }
  const [header = [], ...body] = records;
  return body.map((cells) => {
    const row = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
    return { ...row, value: Number(row.value) } as unknown as ExportRow;
  });
}
