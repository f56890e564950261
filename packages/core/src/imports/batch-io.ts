import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";

/**
 * Reads and conditional writes by the hundred, for the import's commit: the
 * table sees one call per 100 keys or 100 guards instead of one per row.
 */
export type Key = { pk: string; sk: string };
export type Item = Record<string, unknown>;

const GET_SIZE = 100;
const TRANSACTION_SIZE = 100;
const ATTEMPTS = 10;
const TRANSACTIONS_IN_FLIGHT = 2;

export const keyText = (key: { pk: unknown; sk: unknown }) => `${key.pk}\u0000${key.sk}`;
export const pause = (attempt: number) =>
  new Promise((wait) => setTimeout(wait, Math.min(25 * 2 ** attempt, 2000) * (0.5 + Math.random() / 2)));

/** The items of `keys` that exist, by keyText; BatchGetItem's unprocessed keys are asked again with backoff. */
export async function batchGet(db: Db, keys: Key[], projection?: string[]): Promise<Map<string, Item>> {
  const unique = [...new Map(keys.map((key) => [keyText(key), key])).values()];
  const found = new Map<string, Item>();
  const names = projection && Object.fromEntries(projection.map((name, i) => [`#p${i}`, name]));
  const calls: Promise<void>[] = [];
  for (let from = 0; from < unique.length; from += GET_SIZE) {
    calls.push(
      (async () => {
        let wanted: Key[] = unique.slice(from, from + GET_SIZE);
        for (let attempt = 0; wanted.length; attempt++) {
          if (attempt >= ATTEMPTS) throw new Error(`${wanted.length} keys stayed unread after ${attempt} attempts`);
          if (attempt > 0) await pause(attempt);
          const result = await db.doc.send(
            new BatchGetCommand({
              RequestItems: {
                [db.tableName]: {
                  Keys: wanted,
                  ConsistentRead: true,
                  ...(names
                    ? { ProjectionExpression: Object.keys(names).join(", "), ExpressionAttributeNames: names }
                    : {}),
                },
              },
            }),
          );
          for (const item of result.Responses?.[db.tableName] ?? []) found.set(keyText(item as Key), item);
          wanted = (result.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Key[];
        }
      })(),
    );
  }
  await Promise.all(calls);
  return found;
}

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** A group of conditional writes that succeed or fail together (one row's guards). */
export interface WriteGroup<T> {
  owner: T;
  items: TransactItem[];
}

/**
 * Runs the groups' writes as transactions of up to 100, a group never split.
 * A group whose condition fails is dropped (and answered in `refused`) and
 * the rest of its transaction is sent again; clashes with other writers are
 * retried with backoff.
 */
export async function transactGroups<T>(db: Db, groups: WriteGroup<T>[]): Promise<{ refused: T[] }> {
  const refused: T[] = [];
  const packs: WriteGroup<T>[][] = [];
  let pack: WriteGroup<T>[] = [];
  let size = 0;
  for (const group of groups) {
    if (size + group.items.length > TRANSACTION_SIZE && pack.length) {
      packs.push(pack);
      pack = [];
      size = 0;
    }
    pack.push(group);
    size += group.items.length;
  }
  if (pack.length) packs.push(pack);
  // Two transactions at a time: more only wait on each other in the table's locks.
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(TRANSACTIONS_IN_FLIGHT, packs.length) }, async () => {
      while (next < packs.length) refused.push(...(await transactPack(db, packs[next++] ?? [])));
    }),
  );
  return { refused };
}

async function transactPack<T>(db: Db, pack: WriteGroup<T>[]): Promise<T[]> {
  const refused: T[] = [];
  let remaining = pack.filter((group) => group.items.length);
  for (let attempt = 0; remaining.length; attempt++) {
    const items = remaining.flatMap((group) => group.items);
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return refused;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || attempt >= ATTEMPTS) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = new Set<WriteGroup<T>>();
      let at = 0;
      for (const group of remaining) {
        for (let i = 0; i < group.items.length; i++, at++)
          if (reasons[at]?.Code === "ConditionalCheckFailed") failed.add(group);
      }
      for (const group of failed) refused.push(group.owner);
      remaining = remaining.filter((group) => !failed.has(group));
      if (!failed.size) await pause(attempt + 1);
    }
  }
  return refused;
}

/**
 * `work` on every item, `width` at a time. After a failure no new item is started, and the ones under way are waited
 * for before the first error is thrown: what a caller takes back after it is then all that was done.
 */
export async function inBatches<T>(items: T[], width: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  let failed = false;
  const workers = await Promise.allSettled(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      try {
        while (!failed && next < items.length) await work(items[next++] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }),
  );
  const failure = workers.find((worker) => worker.status === "rejected");
  if (failure) throw failure.reason;
}
