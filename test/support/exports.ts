import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Snapshot } from "@entraide/core/indicators/snapshots";
import type { ExportRow } from "../../packages/functions/src/jobs/exports/rows.js";
import { folderExportStore } from "../../packages/functions/src/jobs/folder-export-store.js";

/** A folder export store in a fresh temporary folder. */
export function tempExportStore() {
  const folder = mkdtempSync(join(tmpdir(), "entraide-exports-"));
  return { folder, store: folderExportStore(folder) };
}

/** The figures and breakdowns an export's rows hold, in the snapshot's shape. */
export function figuresOf(rows: ExportRow[]): Pick<Snapshot, "values" | "breakdowns"> {
  const values: Record<string, number> = {};
  const breakdowns: Record<string, Record<string, number>> = {};
  for (const row of rows) {
    if (row.bucket) breakdowns[row.key] = { ...breakdowns[row.key], [row.bucket]: row.value };
    else values[row.key] = row.value;
  }
  return { values, breakdowns } as never;
}

/** The snapshot's breakdowns without empty ones (an export has no row for them). */
export const nonEmpty = (breakdowns: Record<string, Record<string, number>>) =>
  Object.fromEntries(Object.entries(breakdowns).filter(([, buckets]) => Object.keys(buckets).length > 0));

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}
