import type { FileClient } from "./files";
import type { ApiCall } from "./http";
import type { Page } from "./types";

/** The registries a spreadsheet can be imported into (the API's path of each). */
export const importRegistries = ["beneficiaries", "enrollments", "centers", "cooperatives"] as const;
export type ImportRegistry = (typeof importRegistries)[number];

export const importStatuses = [
  "awaiting_file",
  "validating",
  "validated",
  "committing",
  "committed",
  "failed",
] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const rowOutcomes = ["valid", "invalid", "duplicate", "probable_duplicate", "created", "skipped"] as const;
export type RowOutcome = (typeof rowOutcomes)[number];
export type FileFormat = "csv" | "xlsx";

export interface ImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  duplicates: number;
  probableDuplicates: number;
  created: number;
  skipped: number;
}

export interface ImportJob {
  id: string;
  registry: ImportRegistry;
  fileName: string;
  status: ImportStatus;
  progress: { done: number; total: number };
  counts: ImportCounts;
  createdBy: string;
  createdAt: string;
  /** The file's columns that were not imported (reported once, not fatal). */
  unknownColumns?: string[];
  /** Why the file was refused (status failed), worded in the asked language. */
  problem?: { code: string; message: string };
}

export interface ImportRow {
  row: number;
  outcome: RowOutcome;
  recordId?: string;
  issues: Array<{ column: string; message: string }>;
  matches: Array<{ recordId: string; score: number; reasons: string[] }>;
}

const base = "/api/v1/imports";
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** The format of a chosen file, from its name; undefined for anything but CSV and XLSX. */
export function formatOf(fileName: string): FileFormat | undefined {
  const extension = fileName.toLowerCase().split(".").pop();
  return extension === "csv" || extension === "xlsx" ? extension : undefined;
}

/** Imports through the API (POST /imports, PUT the file, validate, commit…), for the data provider. */
export function importCalls(call: ApiCall, files: FileClient, language: () => string) {
  return {
    /** Creates the import, sends the file and starts the dry run; answers the import's id. */
    async startImport(registry: ImportRegistry, file: File): Promise<string> {
      const format = formatOf(file.name);
      if (!format) throw new Error("entraide.imports.errors.format");
      const created = await call<{ id: string; uploadUrl: string }>("POST", base, {
        body: { registry, format, fileName: file.name },
      });
      // The bytes as they are: the upload route takes application/octet-stream whatever the file (the import knows its format).
      await files.upload(created.uploadUrl, file, "application/octet-stream");
      await call("POST", `${one(created.id)}/validate`);
      return created.id;
    },
    getImport: (id: string) => call<ImportJob>("GET", one(id)),
    getImportRows: (id: string, outcome: RowOutcome, cursor?: string) =>
      call<Page<ImportRow>>("GET", `${one(id)}/rows`, { query: { outcome, cursor } }),
    commitImport: (id: string, createProbableDuplicates: boolean) =>
      call("POST", `${one(id)}/commit`, { body: { createProbableDuplicates } }),
    // The report's message column in the reader's language (a download carries no Accept-Language of ours).
    downloadImportReport: (id: string, format: FileFormat) =>
      files.download(`${one(id)}/report`, { format, lang: language() }, `import-${id}.${format}`),
    downloadImportTemplate: (registry: ImportRegistry, format: FileFormat, lang: "ar" | "fr") =>
      files.download(`${base}/templates/${registry}`, { format, lang }, `${registry}-${lang}.${format}`),
  };
}
