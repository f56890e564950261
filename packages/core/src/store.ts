import {
  type CancellationReason,
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { Db } from "./db.js";
import { DomainError, invalid } from "./errors.js";
import { globalIndexes, type IndexName } from "./table.js";

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
  if (ops.length === 1) return runSingle(db, ops[0]!);
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: ops.map((op) => op.item) }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons: CancellationReason[] = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
      if (failed >= 0) throw ops[failed]!.onConditionFailed();
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
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** How many reads one page may take when a filter discards most of a partition. */
const MAX_READS_PER_PAGE = 20;

/**
 * Reads one page of a partition. DynamoDB gives cursors, not totals: we read
 * one item past the page to know whether a next page exists, so the last page
 * never hands out a cursor to an empty page.
 */
export async function queryPage(db: Db, request: PageRequest): Promise<Page<Record<string, unknown>>> {
  const keys = request.index === "table" ? { partitionKey: "pk", sortKey: "sk" } : globalIndexes[request.index];
  let startKey = decodeCursor(request.cursor, request.partitionKey);
  const items: Record<string, unknown>[] = [];
  let lastEvaluated: Record<string, unknown> | undefined;
  for (let reads = 0; reads < MAX_READS_PER_PAGE; reads++) {
    const names: Record<string, string> = { "#pk": keys.partitionKey, ...request.filter?.names };
    const values: Record<string, unknown> = { ":pk": request.partitionKey, ...request.filter?.values };
    let condition = "#pk = :pk";
    if (request.sortKeyPrefix) {
      names["#sk"] = keys.sortKey;
      values[":skp"] = request.sortKeyPrefix;
      condition += " AND begins_with(#sk, :skp)";
    }
    const result = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: request.index === "table" ? undefined : request.index,
        KeyConditionExpression: condition,
        FilterExpression: request.filter?.expression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ExclusiveStartKey: startKey,
        Limit: request.limit + 1 - items.length,
      }),
    );
    items.push(...(result.Items ?? []));
    lastEvaluated = result.LastEvaluatedKey;
    if (items.length > request.limit) {
      const last = items[request.limit - 1]!;
      return {
        items: items.slice(0, request.limit),
        nextCursor: encodeCursor(keyOf(last, keys), request.partitionKey),
      };
    }
    if (!lastEvaluated) return { items, nextCursor: null };
    startKey = lastEvaluated;
  }
  // The filter kept too little of what we read: hand back a shorter page and where to go on.
  return { items, nextCursor: encodeCursor(lastEvaluated!, request.partitionKey) };
}

function keyOf(item: Record<string, unknown>, index: { partitionKey: string; sortKey: string }) {
  const key: Record<string, unknown> = { pk: item.pk, sk: item.sk };
  key[index.partitionKey] = item[index.partitionKey];
  key[index.sortKey] = item[index.sortKey];
  return key;
}

/** A cursor is the position in one partition; it is refused in any other list. */
function encodeCursor(key: Record<string, unknown>, partition: string): string {
  return Buffer.from(JSON.stringify({ p: partition, k: key })).toString("base64url");
}

function decodeCursor(cursor: string | undefined, partition: string): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { p?: unknown; k?: unknown };
    const key = parsed.k as Record<string, unknown>;
    const wellFormed =
      parsed.p === partition &&
      typeof key === "object" &&
      key !== null &&
      Object.values(key).every((v) => typeof v === "string") &&
      Object.keys(key).length <= 4;
    if (wellFormed) return key;
  } catch {
    // fall through to the clear error below
  }
  throw invalid([{ path: "cursor", message: "Unknown cursor: use the nextCursor of the same list" }]);
}
