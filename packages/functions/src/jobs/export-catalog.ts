import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { type AccessPatterns, indexKeysOf } from "@entraide/core/access-patterns";
import type { Db } from "@entraide/core/db";
import { bilanPartition } from "@entraide/core/indicators/snapshots";
import { partitionQuery, queryAll } from "@entraide/core/store";
import * as z from "zod";
import { describeExportId, type ExportEntry, ExportId, exportFormats, newestFirst } from "./export-store.js";

/**
 * Which exports exist, kept in the table: the job records each file it writes,
 * and GET /api/v1/exports reads them back, whether the files are in a folder
 * (`npm start`) or in S3. Listing the bucket instead would have put the S3 client
 * in the API for that one call. See docs/table-design.md.
 *
 *   pk BILAN#<year>, sk EXPORT#<id>            a year's exports
 *   gsi3 BILAN_EXPORT / <createdAt>#<id>       every export, by date
 */
export const EXPORT_ENTITY = "BILAN_EXPORT";

/** Every export by date (a few a day, one partition), and a year's in its bilan partition. */
const exportPatterns = {
  byDate: { index: "gsi3", pk: EXPORT_ENTITY, sk: "{createdAt}#{id}" },
} satisfies AccessPatterns;

const CatalogEntry = z.object({
  id: ExportId,
  year: z.number().int(),
  format: z.enum(exportFormats),
  size: z.number().int().min(0),
  createdAt: z.iso.datetime(),
});

/** Records an export file just written. Keyed by its id: a rerun's file overwrites its own entry. */
export async function recordExport(db: Db, id: string, size: number, createdAt: Date): Promise<ExportEntry> {
  const entry = CatalogEntry.parse({ id, ...describeExportId(id), size, createdAt: createdAt.toISOString() });
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...entry,
        pk: bilanPartition(entry.year),
        sk: `EXPORT#${entry.id}`,
        entity: EXPORT_ENTITY,
        ...indexKeysOf(exportPatterns, entry),
      },
    }),
  );
  return entry;
}

/** Every export, or a year's, newest first. */
export async function listExports(db: Db, year?: number): Promise<ExportEntry[]> {
  const query =
    year === undefined
      ? { ...partitionQuery(exportPatterns.byDate.index, EXPORT_ENTITY), ScanIndexForward: false }
      : partitionQuery("table", bilanPartition(year), "EXPORT#");
  const items = await queryAll(db, query);
  return items.map((item) => CatalogEntry.parse(item)).sort(newestFirst);
}
