import * as z from "zod";

export const exportFormats = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** `bilan-2015-closing.csv`: the year and the run key name the file, so a rerun overwrites its own. */
export const ExportId = z
  .string()
  .regex(/^bilan-\d{4}-[a-z0-9-]{1,80}\.(csv|xlsx|json)$/, "Expected an export id, e.g. bilan-2015-closing.csv");

export const exportIdOf = (year: number, runKey: string, format: ExportFormat) => `bilan-${year}-${runKey}.${format}`;

export function describeExportId(id: string): { year: number; format: ExportFormat } {
  return { year: Number(id.slice(6, 10)), format: id.slice(id.lastIndexOf(".") + 1) as ExportFormat };
}

export interface ExportEntry {
  id: string;
  year: number;
  format: ExportFormat;
  size: number;
  createdAt: string;
}

export interface ExportFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
}

/**
 * Where the bilan's export files go: a folder in `npm start`, an S3 bucket in AWS
 * (see folder-export-store.ts and s3-export-store.ts). Which exports exist is kept
 * in the table, the same way for both (export-catalog.ts).
 */
export interface ExportStore {
  put(id: string, body: Buffer): Promise<void>;
  /** The file's content, undefined when there is none. */
  open(id: string): Promise<ExportFile | undefined>;
  /** Where a browser downloads it: the API's own route locally, a short-lived presigned URL in S3. */
  downloadUrl(id: string): Promise<string>;
}

export const newestFirst = (a: ExportEntry, b: ExportEntry) =>
  b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
