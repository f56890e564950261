import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { decryptPii, encryptPii } from "../pii.js";
import { queryPage } from "../store.js";
import type { Outcome } from "./jobs.js";
import type { ProbableMatch } from "./probable.js";

/**
 * One item per row of an imported file: its outcome, issues and matches, the
 * cells as read (for the report) and the record it would create (for the
 * commit). Cells and record may hold personal data: both are stored encrypted,
 * bound to the import and the row.
 */
export interface RowIssue {
  /** The file's header of the column, or the field name. */
  column: string;
  /** A glossary message code (glossary/imports.ts) and its parameters. */
  code: string;
  params?: Record<string, string>;
}

export interface ImportRow {
  row: number;
  outcome: Outcome;
  recordId?: string;
  issues: RowIssue[];
  matches: ProbableMatch[];
  /** The row's cells as text. */
  cells: string[];
  /** The create input, for rows that may be created. */
  input?: Record<string, unknown>;
  regionCode?: string;
}

const rowSk = (row: number) => `ROW#${String(row).padStart(8, "0")}`;
const outcomeKey = (importId: string, outcome: Outcome) => `IMPORT#${importId}#${outcome}`;
const context = (importId: string, row: number) => `import:${importId}:${row}`;

export function rowItem(db: Db, importId: string, row: ImportRow): Record<string, unknown> {
  const { cells, input, ...rest } = row;
  return {
    ...rest,
    pk: `IMPORT#${importId}`,
    sk: rowSk(row.row),
    entity: "IMPORT_ROW",
    gsi1pk: outcomeKey(importId, row.outcome),
    gsi1sk: String(row.row).padStart(8, "0"),
    sealed: encryptPii(JSON.stringify({ cells, input }), db.piiKey, context(importId, row.row)),
  };
}

function fromItem(db: Db, importId: string, item: Record<string, unknown>): ImportRow {
  const { cells, input } = JSON.parse(
    decryptPii(item.sealed as string, db.piiKey, context(importId, item.row as number)),
  );
  return {
    row: item.row as number,
    outcome: item.outcome as Outcome,
    recordId: item.recordId as string | undefined,
    issues: (item.issues as RowIssue[]) ?? [],
    matches: (item.matches as ProbableMatch[]) ?? [],
    regionCode: item.regionCode as string | undefined,
    cells,
    input,
  };
}

/** A page of rows: all of them in file order, or those of one outcome. */
export async function listRows(db: Db, importId: string, page: { limit: number; cursor?: string; outcome?: Outcome }) {
  const request = page.outcome
    ? { index: "gsi1" as const, partitionKey: outcomeKey(importId, page.outcome) }
    : { index: "table" as const, partitionKey: `IMPORT#${importId}`, sortKeyPrefix: "ROW#" };
  const result = await queryPage(db, { ...request, limit: page.limit, cursor: page.cursor });
  return { items: result.items.map((item) => fromItem(db, importId, item)), nextCursor: result.nextCursor };
}

/** Every row, in file order, page after page (reports). */
export async function* allRows(db: Db, importId: string): AsyncGenerator<ImportRow> {
  let cursor: string | undefined;
  do {
    const page = await listRows(db, importId, { limit: 100, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export const putRow = (db: Db, item: Record<string, unknown>) =>
  db.doc.send(new PutCommand({ TableName: db.tableName, Item: item }));

/** How many rows have `outcome`, counted on the index (exact, whoever settled them). */
export async function countRows(db: Db, importId: string, outcome: Outcome): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": outcomeKey(importId, outcome) },
        Select: "COUNT",
        ExclusiveStartKey: startKey,
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}
