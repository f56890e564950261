import {
  type CancellationReason,
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { Db } from "./db.js";
import { DomainError, invalid } from "./errors.js";
import { globalIndexes, type IndexName, tableKeys } from "./table.js";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * One write that must hold together with the others of the same request, and
 * the error to give when its condition fails. All ops of a request go in one
 * transaction, so a refused request never leaves half a record behind.
 */
export interface WriteOp {
  item: TransactItem;
  onConditionFailed: () => DomainError;
}

/** Runs the ops atomically; a single op skips the transaction (half the latency). */
export async function runWrites(db: Db, ops: WriteOp[]): Promise<void> {
  const [only] = ops;
  if (ops.length === 1 && only) return runSingle(db, only);
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: ops.map((op) => op.item) }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons: CancellationReason[] = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
      const refused = ops[failed];
      if (refused) throw refused.onConditionFailed();
      if (reasons.some((r) => r.Code === "TransactionConflict")) {
        throw new DomainError("conflict", "Another request changed these records at the same moment; retry");
      }
    }
    throw error;
  }
}

async function runSingle(db: Db, op: WriteOp): Promise<void> {
  const { Put, Update, Delete, ConditionCheck } = op.item;
  try {
    if (Put) await db.doc.send(new PutCommand(Put));
    else if (Update) await db.doc.send(new UpdateCommand(Update));
    else if (Delete) await db.doc.send(new DeleteCommand(Delete));
    else if (ConditionCheck) throw new Error("A lone condition check writes nothing");
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw op.onConditionFailed();
    throw error;
  }
}

export interface PageRequest {
  index: IndexName | "table";
  partitionKey: string;
  /** Optional begins_with on the sort key. */
  sortKeyPrefix?: string;
  filter?: Filter;
  limit: number;
  cursor?: string;
}

export interface Filter {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type Key = Record<string, unknown>;
type Query = Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey" | "Limit">;

/**
 * Reads a query page by page, handing each page's items to `onPage` until the
 * pages run out or `onPage` answers false. Returns where to resume (undefined
 * when every page was read).
 */
export async function forEachPage<T = Key>(
  db: Db,
  query: Query,
  onPage: (items: T[]) => unknown,
  options: { startKey?: Key; pageLimit?: () => number } = {},
): Promise<Key | undefined> {
  let startKey = options.startKey;
  do {
    const result = await db.doc.send(
      new QueryCommand({
        ...query,
        TableName: db.tableName,
        ExclusiveStartKey: startKey,
        Limit: options.pageLimit?.(),
      }),
    );
    startKey = result.LastEvaluatedKey;
    if (onPage((result.Items ?? []) as T[]) === false) return startKey;
  } while (startKey);
  return undefined;
}

/** Every item a query finds, all pages read. */
export async function queryAll(db: Db, query: Query): Promise<Key[]> {
  const items: Key[] = [];
  await forEachPage(db, query, (page) => {
    items.push(...page);
  });
  return items;
}

/** How many reads one page may take when a filter discards most of a partition. */
const MAX_READS_PER_PAGE = 20;

export const indexKeyNames = (index: IndexName | "table") => (index === "table" ? tableKeys : globalIndexes[index]);

/** The query of one partition of an index (or of the table), optionally only the sort keys under a prefix. */
export function partitionQuery(index: IndexName | "table", partitionKey: string, sortKeyPrefix?: string) {
  const keys = indexKeyNames(index);
  const names: Record<string, string> = { "#pk": keys.partitionKey };
  const values: Record<string, unknown> = { ":pk": partitionKey };
  if (sortKeyPrefix) {
    names["#sk"] = keys.sortKey;
    values[":skp"] = sortKeyPrefix;
  }
  return {
    IndexName: index === "table" ? undefined : index,
    KeyConditionExpression: sortKeyPrefix ? "#pk = :pk AND begins_with(#sk, :skp)" : "#pk = :pk",
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** Up to `limit` items of one partition from `startKey`, and the key to go on from (undefined: nothing is left). */
export interface Run {
  items: Key[];
  next?: Key;
}

/**
 * Reads one page of a partition. DynamoDB gives cursors, not totals: we read
 * one item past the page to know whether a next page exists, so the last page
 * never hands out a cursor to an empty page.
 */
export async function readPartition(db: Db, request: Omit<PageRequest, "cursor">, startKey?: Key): Promise<Run> {
  const query = partitionQuery(request.index, request.partitionKey, request.sortKeyPrefix);
  const items: Key[] = [];
  let reads = 0;
  const resume = await forEachPage(
    db,
    {
      ...query,
      FilterExpression: request.filter?.expression,
      ExpressionAttributeNames: { ...query.ExpressionAttributeNames, ...request.filter?.names },
      ExpressionAttributeValues: { ...query.ExpressionAttributeValues, ...request.filter?.values },
    },
    (page) => {
      items.push(...page);
      return items.length <= request.limit && ++reads < MAX_READS_PER_PAGE;
    },
    { startKey, pageLimit: () => request.limit + 1 - items.length },
  );
  if (items.length > request.limit) {
    const page = items.slice(0, request.limit);
    return { items: page, next: keyOf(page[page.length - 1] ?? {}, request.index) };
  }
  // Either every item was read, or the filter kept too little of what we read: a shorter page and where to go on.
  return { items, next: resume };
}

export async function queryPage(db: Db, request: PageRequest): Promise<Page<Key>> {
  const run = await readPartition(db, request, decodeCursor(request.cursor, request.partitionKey));
  return { items: run.items, nextCursor: run.next ? encodeCursor(run.next, request.partitionKey) : null };
}

/** The key DynamoDB needs to go on after `item` in an index: the table's key and the index's. */
export function keyOf(item: Key, index: IndexName | "table"): Key {
  const names = indexKeyNames(index);
  return {
    pk: item.pk,
    sk: item.sk,
    [names.partitionKey]: item[names.partitionKey],
    [names.sortKey]: item[names.sortKey],
  };
}

/** A cursor is the position in one partition; it is refused in any other list. */
function encodeCursor(key: Key, partition: string): string {
  return encodeToken({ p: partition, k: key });
}

function decodeCursor(cursor: string | undefined, partition: string): Key | undefined {
  if (!cursor) return undefined;
  const parsed = decodeToken(cursor) as { p?: unknown; k?: unknown } | undefined;
  if (parsed?.p === partition && isKey(parsed.k)) return parsed.k;
  throw unknownCursor();
}

export const encodeToken = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function decodeToken(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

export const isKey = (key: unknown): key is Key =>
  typeof key === "object" &&
  key !== null &&
  !Array.isArray(key) &&
  Object.values(key).every((v) => typeof v === "string") &&
  Object.keys(key).length <= 4;

export const unknownCursor = () =>
  invalid([{ path: "cursor", message: "Unknown cursor: use the nextCursor of the same list" }]);
