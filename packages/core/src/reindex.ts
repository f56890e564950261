import { createHash } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type AccessPatterns, indexKeysOf } from "./access-patterns.js";
import type { Db } from "./db.js";
import { type IndexedKinds, indexedKinds } from "./indexed-kinds.js";
import { globalIndexes } from "./table.js";

const indexAttributes = Object.values(globalIndexes).flatMap((i) => [i.partitionKey, i.sortKey]);

/** SET the index attributes that differ, REMOVE those the patterns no longer give; undefined when all are right. */
export function indexChanges(patterns: AccessPatterns, item: Record<string, unknown>) {
  const wanted = indexKeysOf(patterns, item);
  const set = indexAttributes.filter((name) => wanted[name] !== undefined && item[name] !== wanted[name]);
  const remove = indexAttributes.filter((name) => wanted[name] === undefined && item[name] !== undefined);
  if (!set.length && !remove.length) return undefined;
  return { set: Object.fromEntries(set.map((name) => [name, wanted[name]])), remove };
}

export interface ReindexReport {
  scanned: number;
  updated: number;
}

/**
 * Rewrites the index keys of items stored under an older layout (e.g. before
 * the all-of-a-kind index was sharded): scans the table, recomputes each item's
 * keys from its kind's patterns and updates only the items whose keys differ,
 * a batch of updates at a time. Safe to run again and beside live writes: an
 * update lands only if the item is still the version that was read.
 */
export async function reindex(
  db: Db,
  options: { kinds?: IndexedKinds; segments?: number; inFlight?: number } = {},
): Promise<ReindexReport> {
  const kinds = options.kinds ?? indexedKinds();
  const report = { scanned: 0, updated: 0 };
  const segments = options.segments ?? 4;
  const scanSegment = async (segment: number) => {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db.doc.send(
        new ScanCommand({
          TableName: db.tableName,
          Segment: segment,
          TotalSegments: segments,
          ExclusiveStartKey: startKey,
        }),
      );
      report.scanned += page.Items?.length ?? 0;
      const stale = (page.Items ?? []).flatMap((item) => {
        const patterns = kinds[String(item.entity)];
        const changes = patterns && indexChanges(patterns, item);
        return changes ? [{ item, changes }] : [];
      });
      const batch = options.inFlight ?? 16;
      for (let i = 0; i < stale.length; i += batch) {
        const done = await Promise.all(stale.slice(i, i + batch).map((s) => rewrite(db, s.item, s.changes)));
        report.updated += done.filter(Boolean).length;
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  };
  await Promise.all(Array.from({ length: segments }, (_, segment) => scanSegment(segment)));
  return report;
}

async function rewrite(
  db: Db,
  item: Record<string, unknown>,
  changes: NonNullable<ReturnType<typeof indexChanges>>,
): Promise<boolean> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(changes.set).map(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const removes = changes.remove.map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  const versioned = typeof item.version === "number";
  if (versioned) values[":version"] = item.version;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: [
          sets.length ? `SET ${sets.join(", ")}` : "",
          removes.length ? `REMOVE ${removes.join(", ")}` : "",
        ]
          .join(" ")
          .trim(),
        ConditionExpression: versioned ? "version = :version" : "attribute_exists(pk)",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
      }),
    );
    return true;
  } catch (error) {
    // Changed or deleted meanwhile: that write stored the current keys.
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** A fingerprint of every kind's patterns: a new one means a new layout, to reindex once. */
export function layoutVersion(kinds: IndexedKinds = indexedKinds()): string {
  return createHash("sha256").update(JSON.stringify(kinds)).digest("hex").slice(0, 16);
}

/**
 * Reindexes once per layout: a marker item records the layout the table's
 * items have, so later starts skip the scan until the patterns change.
 */
export async function reindexOnce(db: Db): Promise<ReindexReport | undefined> {
  const marker = { pk: "SYSTEM#MIGRATION", sk: `INDEX_LAYOUT#${layoutVersion()}` };
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: marker }));
  if (Item) return undefined;
  const report = await reindex(db);
  await db.doc.send(
    new PutCommand({ TableName: db.tableName, Item: { ...marker, ...report, at: new Date().toISOString() } }),
  );
  return report;
}
