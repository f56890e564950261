import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Cell } from "./values.js";

/**
 * A file's rows, streamed: memory stays bounded whatever the file's size.
 * The kind is read from the bytes (an XLSX is a ZIP), not from the name;
 * a CSV's encoding (UTF-8 with or without BOM, else Windows-1256) and its
 * separator (`;`, `,` or tab) are detected from its start.
 */
export interface FileRow {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  cells: Cell[];
  /** Positions of cells that held a formula. */
  formulas?: number[];
}

/** A file that can't be read as a table: a glossary code and its parameters. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = "ImportFileError";
  }
}

export type FileKind = "csv" | "xlsx";
const SNIFF_BYTES = 64 * 1024;

/** Reads the first bytes of a stream and gives them back with the rest of it. */
async function sniff(stream: Readable): Promise<{ head: Buffer; rest: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  const iterator = stream[Symbol.asyncIterator]();
  while (length < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* all() {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
  }
  return { head, rest: Readable.from(all(), { objectMode: false }) };
}

export function kindOf(head: Buffer): FileKind {
  if (head.length === 0) throw new ImportFileError("empty_file");
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "xlsx";
  // Text has no NUL bytes and few control characters; a binary of another kind has many.
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new ImportFileError("not_a_table");
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > sample.length / 100) throw new ImportFileError("not_a_table");
  return "csv";
}

export async function* readRows(stream: Readable): AsyncGenerator<FileRow> {
  const { head, rest } = await sniff(stream);
  if (kindOf(head) === "xlsx") yield* xlsxRows(rest);
  else yield* csvRows(head, rest);
}

function encodingOf(head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf8";
  try {
    // A multi-byte character cut at the sniff's end is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, head.length - 4));
    return "utf8";
  } catch {
    return "windows-1256";
  }
}

function delimiterOf(headText: string): string {
  const firstLine = headText.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

async function* csvRows(head: Buffer, rest: Readable): AsyncGenerator<FileRow> {
  const encoding = encodingOf(head);
  const delimiter = delimiterOf(iconv.decode(head, encoding).replace(/^\uFEFF/, ""));
  const records = new CsvRecords(delimiter);
  let row = 0;
  let first = true;
  for await (const chunk of rest.pipe(iconv.decodeStream(encoding)) as AsyncIterable<string>) {
    const text = first ? chunk.replace(/^\uFEFF/, "") : chunk;
    first = false;
    for (const record of records.push(text)) yield { row: ++row, cells: record };
  }
  for (const record of records.end()) yield { row: ++row, cells: record };
  if (row === 0) throw new ImportFileError("empty_file");
}

/**
 * RFC 4180 records from text pushed in pieces: quoted cells may hold the
 * separator, quotes (doubled) and line breaks; a stray quote inside an unquoted
 * cell is kept as text. Written here: csv-parse builds an error object for each
 * row shorter than the header, which made a 200,000-row file take 30 s.
 */
export class CsvRecords {
  private record: string[] = [];
  private cell = "";
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;

  constructor(private readonly delimiter: string) {}

  *push(text: string): Generator<string[]> {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charAt(i);
      if (this.quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            this.cell += '"';
            i++;
          } else if (i + 1 === text.length) {
            this.afterQuote = true;
            this.quoted = false;
          } else this.quoted = false;
        } else this.cell += ch;
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        // A doubled quote cut between two pieces: still inside the quoted cell.
        if (ch === '"') {
          this.cell += '"';
          this.quoted = true;
          continue;
        }
      }
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === "\n") continue;
      }
      if (ch === '"' && this.cell === "") this.quoted = true;
      else if (ch === this.delimiter) {
        this.record.push(this.cell);
        this.cell = "";
      } else if (ch === "\n" || ch === "\r") {
        this.pendingCr = ch === "\r";
        yield this.take();
      } else this.cell += ch;
    }
  }

  *end(): Generator<string[]> {
    if (this.cell !== "" || this.record.length) yield this.take();
  }

  private take(): string[] {
    this.record.push(this.cell);
    const record = this.record;
    this.record = [];
    this.cell = "";
    return record;
  }
}

/** The first worksheet, row by row; dates come as dates (styles are read), formulas are flagged. */
async function* xlsxRows(rest: Readable): AsyncGenerator<FileRow> {
  // Loaded with the first spreadsheet (~1 MB): a CSV import, and the job's cold start, never parse it.
  const { default: excel } = await import("exceljs");
  const reader = new excel.stream.xlsx.WorkbookReader(rest, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  let any = false;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        any = true;
        const cells: Cell[] = [];
        const formulas: number[] = [];
        const values = row.values as unknown[];
        for (let i = 1; i < values.length; i++) {
          const value = values[i];
          if (isFormula(value)) formulas.push(i - 1);
          cells.push(plain(value));
        }
        yield { row: row.number, cells, formulas: formulas.length ? formulas : undefined };
      }
      break; // the first sheet only: the template's second sheet lists allowed values
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("unreadable", { detail: (error as Error).message.slice(0, 200) });
  }
  if (!any) throw new ImportFileError("empty_file");
}

const isFormula = (value: unknown) =>
  typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

function plain(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value !== "object") return value as Cell;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (v.richText) return v.richText.map((part) => part.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plain(v.result);
  if (v.text !== undefined) return plain(v.text);
  if (v.error) return v.error;
  return String(value);
}
