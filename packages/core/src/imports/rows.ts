import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { decryptPii, encryptPii } from "../pii.js";
import { decodeToken, encodeToken, unknownCursor } from "../store.js";
import type { Outcome } from "./jobs.js";
import type { ProbableMatch } from "./probable.js";

/**
 * The rows of an imported file, kept by chunks of consecutive rows (a dry
 * run's batch): one item holds each row's outcome, issues and matches — what
 * the rows page and the commit read — and, sealed, the cells as read (the
 * report) and the record each row would create (the commit). The table
 * writes items, not bytes: an item per row would double the items an import
 * writes. Cells and records may hold personal data: they are stored
 * encrypted, bound to the import and the chunk.
 */
export interface RowIssue {
  /** The file's header of the column, or the field name. */
  column: string;
  /** A glossary message code (glossary/imports.ts) and its parameters. */
  code: string;
  params?: Record<string, string>;
}

/** What a row came to: what the rows page shows. */
export interface RowOutcome {
  row: number;
  outcome: Outcome;
  recordId?: string;
  issues: RowIssue[];
  matches: ProbableMatch[];
  regionCode?: string;
}

export interface ImportRow extends RowOutcome {
  /** The row's cells as text. */
  cells: string[];
  /** The create input, for rows that may be created. */
  input?: Record<string, unknown>;
}

/** A chunk of rows as stored: its sort key, and its rows. */
export interface RowChunk {
  sk: string;
  rows: ImportRow[];
}

/** A chunk stays well under DynamoDB's 400 KB item (a bigger batch is split in two, then again). */
const MAX_CHUNK_BYTES = 300_000;
const LAST_ROW_SK = "ROWS#99999999";
/** Chunks read per query when paging rows (their outcomes only, a few KB each). */
const CHUNKS_PER_READ = 8;

export const rowsPartition = (importId: string) => `IMPORT#${importId}`;
export const chunkSk = (firstRow: number) => `ROWS#${String(firstRow).padStart(8, "0")}`;
/** The sparse index partition of the chunks whose rows the commit has not been through yet. */
export const openChunksKey = (importId: string) => `IMPORT#${importId}#open`;
const sealContext = (importId: string, sk: string) => `import:${importId}:${sk}`;
const committable = (outcome: Outcome) => outcome === "valid" || outcome === "probable_duplicate";

export const outcomeOf = ({ cells: _cells, input: _input, ...outcome }: ImportRow): RowOutcome => outcome;

function chunkItem(db: Db, importId: string, rows: ImportRow[]): Record<string, unknown> {
  const first = rows[0]?.row ?? 0;
  const sk = chunkSk(first);
  const open = rows.some((row) => committable(row.outcome));
  const sealed = rows.map(({ cells, input }) => ({ cells, input }));
  return {
    pk: rowsPartition(importId),
    sk,
    entity: "IMPORT_ROWS",
    outcomes: JSON.stringify(rows.map(outcomeOf)),
    sealed: encryptPii(JSON.stringify(sealed), db.piiKey, sealContext(importId, sk)),
    ...(open ? { gsi1pk: openChunksKey(importId), gsi1sk: sk } : {}),
  };
}

const itemBytes = (item: Record<string, unknown>) =>
  (item.outcomes as string).length * 2 + (item.sealed as string).length;

/** The items of a batch of rows (in file order): one, or more when the rows are large. */
export function rowChunkItems(db: Db, importId: string, rows: ImportRow[]): Record<string, unknown>[] {
  if (!rows.length) return [];
  const item = chunkItem(db, importId, rows);
  if (rows.length === 1 || itemBytes(item) <= MAX_CHUNK_BYTES) return [item];
  const half = Math.ceil(rows.length / 2);
  return [...rowChunkItems(db, importId, rows.slice(0, half)), ...rowChunkItems(db, importId, rows.slice(half))];
}

/** The rows of a stored chunk: outcomes, and cells and inputs when the item was read with them. */
export function chunkRows(db: Db, importId: string, item: Record<string, unknown>): ImportRow[] {
  const outcomes = JSON.parse(item.outcomes as string) as RowOutcome[];
  const sealed =
    typeof item.sealed === "string"
      ? (JSON.parse(decryptPii(item.sealed, db.piiKey, sealContext(importId, item.sk as string))) as Pick<
          ImportRow,
          "cells" | "input"
        >[])
      : [];
  return outcomes.map((outcome, i) => ({ ...outcome, cells: sealed[i]?.cells ?? [], input: sealed[i]?.input }));
}

/** Chunks in file order, from `fromSk`, `limit` at a time; with their sealed part or without. */
async function* chunksFrom(db: Db, importId: string, fromSk: string, sealed: boolean) {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ExpressionAttributeValues: { ":pk": rowsPartition(importId), ":from": fromSk, ":to": LAST_ROW_SK },
        ...(sealed ? {} : { ProjectionExpression: "sk, outcomes" }),
        Limit: CHUNKS_PER_READ,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) yield item;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** A page of rows: all of them in file order, or those of one outcome. The cursor: a chunk and a row in it. */
export async function listRows(
  db: Db,
  importId: string,
  page: { limit: number; cursor?: string; outcome?: Outcome },
): Promise<{ items: RowOutcome[]; nextCursor: string | null }> {
  const at = page.cursor === undefined ? { sk: chunkSk(0), after: 0 } : decodeRowCursor(importId, page.cursor);
  const items: RowOutcome[] = [];
  const found: { sk: string; row: RowOutcome }[] = [];
  // One row past the page is looked for, so that the last page never hands out a cursor to an empty one.
  for await (const item of chunksFrom(db, importId, at.sk, false)) {
    for (const row of JSON.parse(item.outcomes as string) as RowOutcome[]) {
      if (row.row <= at.after || (page.outcome && row.outcome !== page.outcome)) continue;
      found.push({ sk: item.sk as string, row });
      if (found.length > page.limit) break;
    }
    if (found.length > page.limit) break;
  }
  for (const { row } of found.slice(0, page.limit)) items.push(row);
  const last = found[page.limit - 1];
  const nextCursor =
    found.length > page.limit && last ? encodeToken({ p: importId, s: last.sk, r: last.row.row }) : null;
  return { items, nextCursor };
}

function decodeRowCursor(importId: string, cursor: string): { sk: string; after: number } {
  const token = decodeToken(cursor) as { p?: unknown; s?: unknown; r?: unknown } | undefined;
  if (token?.p !== importId || typeof token.s !== "string" || typeof token.r !== "number") throw unknownCursor();
  return { sk: token.s, after: token.r };
}

/** Every row, in file order, with its cells (reports). */
export async function* allRows(db: Db, importId: string): AsyncGenerator<ImportRow> {
  for await (const item of chunksFrom(db, importId, chunkSk(0), true)) yield* chunkRows(db, importId, item);
}

/** The keys of the chunks from `firstRow` on (a dry run taken up again writes them anew). */
export async function chunkKeysFrom(db: Db, importId: string, firstRow: number) {
  const keys: { pk: string; sk: string }[] = [];
  for await (const item of chunksFrom(db, importId, chunkSk(firstRow), false))
    keys.push({ pk: rowsPartition(importId), sk: item.sk as string });
  return keys;
}
