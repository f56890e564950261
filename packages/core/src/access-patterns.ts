import { createHash } from "node:crypto";
import { globalIndexes, type IndexName } from "./table.js";

/**
 * A named way to read a registry (ElectroDB-like): the physical index it uses
 * and its key templates. A template is literal text with `{field}` placeholders
 * filled from the record when it is written and from the list query when it is
 * read: `CENTER#PROVINCE#{provinceCode}`.
 */
export interface AccessPattern {
  index: IndexName | "table";
  pk: string;
  sk: string;
  /**
   * Written over this many partitions (`<pk>#SHARD#<n>`, n from a hash of the
   * id) so a bulk write never piles onto one partition; lists read them all.
   */
  shards?: number;
}

/** A registry's patterns by name, the narrowest first: the list planner takes the first whose keys a query gives. */
export type AccessPatterns = Record<string, AccessPattern>;

/** How many partitions an all-of-a-kind pattern spreads over (see docs/table-design.md, "Write sharding"). */
export const KIND_SHARDS = 8;

/**
 * The partitions of a reference registry's all-of-a-kind pattern (centers, marketplace spaces, exhibitions,
 * vigilance cells, program supports): a few thousand records at most, written by hand, read by every visit to their
 * list. One partition takes their writes with room to spare, and a page of the list is one query instead of eight.
 */
export const REFERENCE_SHARDS = 1;

const placeholder = /\{(\w+)\}/g;

/** The fields a template needs, in order. */
export const templateFields = (template: string): string[] =>
  [...template.matchAll(placeholder)].map((m) => m[1] ?? "");

/** The template filled from `values`, or undefined when one of its fields is missing (the item stays out of that index). */
export function fillTemplate(template: string, values: Record<string, unknown>): string | undefined {
  let missing = false;
  const filled = template.replace(placeholder, (_, field: string) => {
    const value = values[field];
    if (value === undefined || value === null || value === "") missing = true;
    return String(value);
  });
  return missing ? undefined : filled;
}

/** The literal start of a template: what every key it makes begins with (`ENROLLMENT#` of `ENROLLMENT#{id}`). */
export const literalStart = (template: string) => template.split("{")[0] ?? "";

/** A stable shard of an id: the same id always lands in the same partition. */
export function shardOf(id: string, shards: number): number {
  return createHash("sha1").update(id).digest().readUInt32BE(0) % shards;
}

export const shardPartition = (partition: string, shard: number) => `${partition}#SHARD#${shard}`;

/** Every partition of a sharded partition key, shard 0 first. */
export const shardPartitions = (partition: string, shards: number) =>
  Array.from({ length: shards }, (_, shard) => shardPartition(partition, shard));

/** The partitions a kind's all-of-a-kind pattern spreads over, from its patterns. */
export const kindShardsOf = (patterns: AccessPatterns | undefined) => patterns?.allOfKind?.shards ?? KIND_SHARDS;

/** The index attributes of a stored item, from its record: one pair per pattern on a secondary index. */
export function indexKeysOf(patterns: AccessPatterns | undefined, record: Record<string, unknown>) {
  const keys: Record<string, string> = {};
  for (const pattern of Object.values(patterns ?? {})) {
    if (pattern.index === "table") continue;
    const pk = fillTemplate(pattern.pk, record);
    const sk = fillTemplate(pattern.sk, record);
    if (pk === undefined || sk === undefined) continue;
    const names = globalIndexes[pattern.index];
    keys[names.partitionKey] = pattern.shards ? shardPartition(pk, shardOf(String(record.id), pattern.shards)) : pk;
    keys[names.sortKey] = sk;
  }
  return keys;
}

/** Refuses two patterns on one index: each index attribute holds one key per item. */
export function checkPatterns(owner: string, patterns: AccessPatterns): AccessPatterns {
  const used = new Set<string>();
  for (const [name, pattern] of Object.entries(patterns)) {
    if (pattern.index === "table") continue;
    if (used.has(pattern.index)) throw new Error(`${owner}: pattern ${name} reuses index ${pattern.index}`);
    used.add(pattern.index);
  }
  return patterns;
}

/** Every record of a kind, oldest first (ids are ULIDs), write-sharded over `shards` partitions. */
export const allOfKind = (prefix: string, shards = KIND_SHARDS): AccessPattern => ({
  index: "gsi3",
  pk: prefix,
  sk: "{id}",
  shards,
});

/** A kind placed in the territory: by province, by region, all of it (over `shards` partitions). */
export const territoryPatterns = (prefix: string, shards = KIND_SHARDS): AccessPatterns => ({
  byProvince: { index: "gsi1", pk: `${prefix}#PROVINCE#{provinceCode}`, sk: "{id}" },
  byRegion: { index: "gsi2", pk: `${prefix}#REGION#{regionCode}`, sk: "{id}" },
  allOfKind: allOfKind(prefix, shards),
});
