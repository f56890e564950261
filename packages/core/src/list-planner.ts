import {
  type AccessPattern,
  type AccessPatterns,
  fillTemplate,
  literalStart,
  shardPartitions,
  templateFields,
} from "./access-patterns.js";
import type { Db } from "./db.js";
import {
  decodeToken,
  encodeToken,
  type Filter,
  indexKeyNames,
  isKey,
  keyOf,
  type Page,
  queryPage,
  type Run,
  readPartition,
  unknownCursor,
} from "./store.js";

type Value = string | number | boolean;

/** A list query: the page, and criteria named after the records' fields (or after a custom filter). */
export interface ListQuery {
  limit: number;
  cursor?: string;
  [criterion: string]: unknown;
}

/** Criteria that are not plain equality on a field of the same name (`category` → contains, `active` → exists). */
export type ListFilters = Record<string, (value: never) => Filter | undefined>;

export interface ListPlan {
  name: string;
  pattern: AccessPattern;
  partitionKey: string;
  sortKeyPrefix?: string;
  filter?: Filter;
}

/**
 * Picks the first (narrowest) pattern whose partition key the query gives;
 * every other criterion becomes a filter.
 */
export function planList(patterns: AccessPatterns, query: ListQuery, filters: ListFilters = {}): ListPlan {
  const { limit: _limit, cursor: _cursor, ...rest } = query;
  const criteria = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const chosen = Object.entries(patterns).find(([, p]) => templateFields(p.pk).every((f) => f in criteria));
  if (!chosen) throw new Error(`No access pattern serves a list by ${Object.keys(criteria).join(", ") || "nothing"}`);
  const [name, pattern] = chosen;
  const used = new Set(templateFields(pattern.pk));
  const equals: Record<string, Value> = {};
  const extra: Filter[] = [];
  for (const [field, value] of Object.entries(criteria)) {
    if (used.has(field)) continue;
    const custom = filters[field];
    if (custom) {
      const filter = custom(value as never);
      if (filter) extra.push(filter);
    } else equals[field] = value as Value;
  }
  return {
    name,
    pattern,
    partitionKey: fillTemplate(pattern.pk, criteria) ?? "",
    sortKeyPrefix: literalStart(pattern.sk) || undefined,
    filter: equalsFilter(equals, extra),
  };
}

/** `a = :a AND b = :b …` for the criteria given, and the extra clauses. */
export function equalsFilter(equals: Record<string, Value | undefined>, extra: Filter[] = []): Filter | undefined {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clauses = Object.entries(equals)
    .filter(([, value]) => value !== undefined)
    .map(([name, value], i) => {
      names[`#f${i}`] = name;
      values[`:f${i}`] = value;
      return `#f${i} = :f${i}`;
    });
  for (const filter of extra) {
    Object.assign(names, filter.names);
    Object.assign(values, filter.values);
    clauses.push(filter.expression);
  }
  return clauses.length ? { expression: clauses.join(" AND "), names, values } : undefined;
}

/** One page of a list, through the pattern the planner picks. */
export async function listPage(
  db: Db,
  patterns: AccessPatterns,
  query: ListQuery,
  filters?: ListFilters,
): Promise<Page<Record<string, unknown>>> {
  const plan = planList(patterns, query, filters);
  const request = {
    index: plan.pattern.index,
    partitionKey: plan.partitionKey,
    sortKeyPrefix: plan.sortKeyPrefix,
    filter: plan.filter,
    limit: query.limit,
  };
  if (!plan.pattern.shards) return queryPage(db, { ...request, cursor: query.cursor });
  return shardedPage(db, request, plan.pattern.shards, query.cursor);
}

type Request = Parameters<typeof readPartition>[1];
/** Where a shard's next page starts: null at its start, false when it is read to the end. */
type Position = [pk: string, sk: string, indexSk: string] | null | false;

/**
 * One page of a sharded partition: each shard is read from its own position
 * and the pages merged by sort key (ids: time order). Only items up to the
 * lowest sort key a shard with more items has reached are certain to come
 * before everything still unread, so the page stops there.
 */
async function shardedPage(db: Db, request: Request, shards: number, cursor?: string) {
  const keys = indexKeyNames(request.index);
  const positions = decodePositions(cursor, request.partitionKey, shards);
  const runs: Run[] = await Promise.all(
    shardPartitions(request.partitionKey, shards).map((partitionKey, i) => {
      const position = positions[i];
      if (position === false) return { items: [] };
      const start = position ? { pk: position[0], sk: position[1], [keys.partitionKey]: partitionKey } : undefined;
      return readPartition(db, { ...request, partitionKey }, start && { ...start, [keys.sortKey]: position?.[2] });
    }),
  );
  const sortKeyOf = (item: Record<string, unknown>) => String(item[keys.sortKey]);
  const frontiers = runs.flatMap((run) => (run.next ? [sortKeyOf(run.next)] : []));
  const frontier = frontiers.sort()[0];
  const merged = runs
    .flatMap((run, shard) => run.items.map((item) => ({ item, shard })))
    .filter(({ item }) => frontier === undefined || sortKeyOf(item) <= frontier)
    .sort((a, b) => (sortKeyOf(a.item) < sortKeyOf(b.item) ? -1 : 1))
    .slice(0, request.limit);
  const at = (key: Record<string, unknown>): Position => [String(key.pk), String(key.sk), String(key[keys.sortKey])];
  const next = runs.map((run, shard): Position => {
    if (positions[shard] === false) return false;
    const taken = merged.filter((m) => m.shard === shard);
    // Every item read was taken: go on where the read stopped.
    if (taken.length === run.items.length) return run.next ? at(run.next) : false;
    const last = taken[taken.length - 1]?.item;
    return last ? at(keyOf(last, request.index)) : (positions[shard] ?? null);
  });
  const done = next.every((p) => p === false);
  return {
    items: merged.map((m) => m.item),
    nextCursor: done ? null : encodeToken({ p: request.partitionKey, s: next }),
  };
}

function decodePositions(cursor: string | undefined, partition: string, shards: number): Position[] {
  if (!cursor) return Array.from({ length: shards }, () => null);
  const parsed = decodeToken(cursor) as { p?: unknown; s?: unknown } | undefined;
  const s = parsed?.s;
  const valid =
    parsed?.p === partition &&
    Array.isArray(s) &&
    s.length === shards &&
    s.every((p) => p === null || p === false || (Array.isArray(p) && p.length === 3 && isKey({ ...p })));
  if (!valid) throw unknownCursor();
  return s as Position[];
}
