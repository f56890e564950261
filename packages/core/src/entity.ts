import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type * as z from "zod";
import { type AccessPatterns, indexKeysOf } from "./access-patterns.js";
import type { Db } from "./db.js";
import { DomainError, invalid, notFound } from "./errors.js";
import type { ListFilters } from "./list-planner.js";
import type { RegionSource } from "./regions.js";
import { runWrites, type WriteOp } from "./store.js";
import { storageAttributes } from "./table.js";
import { type AnyObject, parseOrThrow, withRules } from "./validation.js";

export interface SystemFields {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Another record this one points at: it must exist, and can't be deleted while pointed at. */
export interface Reference {
  field: string;
  prefix: string;
  label: string;
  id: string;
  /** What the referenced record must also be, checked in the same transaction as the reference. */
  condition?: Condition;
  /** A count of this kind of reference kept on the referenced item (e.g. `grantCount`), for `holds` rules there. */
  counter?: string;
}

/**
 * What a record must stay while others of a kind point at it: e.g. a
 * beneficiary holding grants stays in the disability category. Checked before
 * the update (409 with the reason) and again in its transaction.
 */
export interface HeldRule<T> {
  /** The `Reference.counter` the referencing records keep on this item. */
  counter: string;
  holds: (record: T) => boolean;
  path: string;
  message: (count: number) => string;
}

/**
 * An extra condition on a stored item. Attribute names and values must start
 * with `#c_` and `:c_` so they never collide with the ones the writes use.
 */
export interface Condition {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
  /** How the record must be, for messages: "in the disability category". */
  description: string;
}

/** A value that must be unique in the registry, kept by a guard item `pk = key`. */
export interface Unique {
  field: string;
  key: string;
  message: string;
}

/** How the API documentation names a registry: its group (in English) and its record's schema. */
export interface RegistryApiNames {
  /** The OpenAPI tag its routes are grouped under: "Centers". */
  tag: string;
  /** Its record's name among the document's schemas: "Center". */
  schema: string;
}

export interface EntityDefinition<S extends AnyObject> {
  /** Human name used in messages: "center". */
  label: string;
  /** Its path under /api/v1 (and its rights' name): "centers". */
  path: string;
  /** How the API documentation names it: its tag (English) and its record's schema name. */
  api: RegistryApiNames;
  /** How its records lie in regions (regions.ts). */
  regions: RegionSource;
  /** Key prefix: "CENTER". */
  prefix: string;
  /** The record's own fields, strict (unknown fields are refused). */
  fields: S;
  /** Rules across fields, checked on create and on the merged record of an update. */
  rules?: (record: z.infer<S>, ctx: z.RefinementCtx) => void;
  /** How the registry is read: named patterns, narrowest first (see access-patterns.ts and list-planner.ts). */
  patterns: AccessPatterns;
  /** List criteria that are not equality on the field of the same name. */
  listFilters?: ListFilters;
  references?: (record: z.infer<S>) => Reference[];
  uniques?: (record: z.infer<S>, db: Db) => Unique[];
  /** A last check of a patch against the stored record (which includes counters); throws to refuse. */
  beforeUpdate?: (stored: z.infer<S> & SystemFields & Record<string, unknown>, patch: Record<string, unknown>) => void;
  /** What the stored item must still be when an update lands (e.g. no counter moved meanwhile); fails as a stale version. */
  updateCondition?: (record: z.infer<S>) => Condition | undefined;
  held?: HeldRule<z.infer<S>>[];
  /** The stored form of a record (e.g. personal identifiers encrypted), and back; both need the db's keys. */
  toItem?: (record: z.infer<S> & SystemFields, db: Db) => z.infer<S> & SystemFields;
  fromItem?: (stored: z.infer<S> & SystemFields, db: Db) => z.infer<S> & SystemFields;
  /**
   * Items kept beside the record in its partition (same pk, a fixed sk), written
   * with every create and update and deleted with it: e.g. the beneficiary's
   * match item that puts it in its duplicate-detection block (matching/match-item.ts).
   */
  companions?: (
    record: z.infer<S> & SystemFields,
    db: Db,
  ) => Array<Record<string, unknown> & { pk: string; sk: string }>;
}

export type RecordOf<S extends AnyObject> = z.infer<S> & SystemFields;

export const itemKey = (prefix: string, id: string) => ({ pk: `${prefix}#${id}`, sk: prefix });

export function toRecord<T>(item: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) if (!storageAttributes.has(name)) record[name] = value;
  return record as T;
}

export async function getRecord<T>(
  db: Db,
  prefix: string,
  label: string,
  id: string,
): Promise<T & { refs?: number; counts: Record<string, number> }> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: itemKey(prefix, id) }));
  if (!Item) throw notFound(label, id);
  const counts = Object.fromEntries(
    Object.entries(Item).filter(([name]) => name.endsWith("Count") && storageAttributes.has(name)),
  ) as Record<string, number>;
  return { ...toRecord<T>(Item), refs: Item.refs as number | undefined, counts };
}

export function validateRecord<S extends AnyObject>(def: EntityDefinition<S>, input: unknown): z.infer<S> {
  return parseOrThrow(withRules(def.fields, def.rules), input);
}

/** `db` is needed by kinds stored transformed (`toItem`): they can't be written without their keys. */
export function putItemOp(
  def: EntityDefinition<AnyObject>,
  record: SystemFields,
  previousVersion?: number,
  db?: Db,
  also?: Condition,
): WriteOp {
  if (def.toItem && !db) throw new Error(`A ${def.label} is stored encrypted: pass the db to putItemOp`);
  const stored = def.toItem && db ? def.toItem(record as never, db) : record;
  const item = {
    ...stored,
    ...itemKey(def.prefix, record.id),
    ...indexKeysOf(def.patterns, record as never),
    entity: def.prefix,
  };
  if (previousVersion === undefined) {
    return {
      item: { Put: { TableName: "", Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
      onConditionFailed: () => new DomainError("conflict", `A ${def.label} with id ${record.id} already exists`),
    };
  }
  return {
    item: {
      // Keep the reference count that other records maintain on this item.
      Update: updateAllExpression(item, previousVersion, both(def.updateCondition?.(record as never), also)),
    },
    onConditionFailed: () =>
      new DomainError("precondition_failed", `The ${def.label} was changed by someone else; reload it and retry`),
  };
}

function both(a?: Condition, b?: Condition): Condition | undefined {
  if (!a || !b) return a ?? b;
  return {
    expression: `(${a.expression}) AND (${b.expression})`,
    names: { ...a.names, ...b.names },
    values: { ...a.values, ...b.values },
    description: `${a.description}; ${b.description}`,
  };
}

function updateAllExpression(item: Record<string, unknown>, previousVersion: number, extra?: Condition) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ":expected": previousVersion };
  const sets: string[] = [];
  Object.entries(item).forEach(([name, value], i) => {
    if (name === "pk" || name === "sk") return;
    names[`#a${i}`] = name;
    values[`:v${i}`] = value;
    sets.push(`#a${i} = :v${i}`);
  });
  return {
    TableName: "",
    Key: { pk: item.pk, sk: item.sk },
    UpdateExpression: `SET ${sets.join(", ")}`,
    ConditionExpression: `attribute_exists(pk) AND #a_version = :expected${extra ? ` AND (${extra.expression})` : ""}`,
    ExpressionAttributeNames: { ...names, "#a_version": "version", ...extra?.names },
    ExpressionAttributeValues: { ...values, ...extra?.values },
  };
}

/** Puts (or overwrites) the record's companion items; no condition: the record's own op guards the write. */
export function companionOps(
  def: EntityDefinition<AnyObject>,
  record: SystemFields,
  db: Db,
  remove = false,
): WriteOp[] {
  return (def.companions?.(record as never, db) ?? []).map((item) => ({
    item: remove
      ? { Delete: { TableName: "", Key: { pk: item.pk, sk: item.sk } } }
      : { Put: { TableName: "", Item: item } },
    onConditionFailed: () =>
      new DomainError("conflict", "Another request changed this record at the same moment; retry"),
  }));
}

export function guardPutOp(unique: Unique, ownerId: string): WriteOp {
  return {
    item: {
      Put: {
        TableName: "",
        Item: { pk: unique.key, sk: "GUARD", owner: ownerId },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    onConditionFailed: () =>
      new DomainError("conflict", unique.message, [{ path: unique.field, message: unique.message }]),
  };
}

export function guardDeleteOp(unique: Unique, ownerId: string): WriteOp {
  return {
    item: {
      Delete: {
        TableName: "",
        Key: { pk: unique.key, sk: "GUARD" },
        ConditionExpression: "#owner = :owner",
        ExpressionAttributeNames: { "#owner": "owner" },
        ExpressionAttributeValues: { ":owner": ownerId },
      },
    },
    onConditionFailed: () =>
      new DomainError("conflict", "Another request changed this record at the same moment; retry"),
  };
}

/**
 * Counts one more (or one less) record pointing at `ref`; adding requires it
 * to exist, and to meet the reference's condition if it has one.
 */
export function referenceOp(ref: Reference, delta: 1 | -1): WriteOp {
  const extra = delta === 1 ? ref.condition : undefined;
  const message = `No ${ref.label} with id ${ref.id}${extra ? ` ${extra.description}` : ""}`;
  return {
    item: {
      Update: {
        TableName: "",
        Key: itemKey(ref.prefix, ref.id),
        UpdateExpression: ref.counter ? "ADD refs :delta, #r_counter :delta" : "ADD refs :delta",
        ConditionExpression: extra ? `attribute_exists(pk) AND (${extra.expression})` : "attribute_exists(pk)",
        ExpressionAttributeNames:
          ref.counter || extra?.names
            ? { ...extra?.names, ...(ref.counter ? { "#r_counter": ref.counter } : {}) }
            : undefined,
        ExpressionAttributeValues: { ":delta": delta, ...extra?.values },
      },
    },
    onConditionFailed: () => new DomainError("unprocessable", message, [{ path: ref.field, message }]),
  };
}

/** Fills in the table name on every op: the definitions above don't know it. */
export function onTable(db: Db, ops: WriteOp[]): WriteOp[] {
  for (const { item } of ops) {
    for (const part of [item.Put, item.Update, item.Delete, item.ConditionCheck])
      if (part) part.TableName = db.tableName;
  }
  return ops;
}

export async function writeAll(db: Db, ops: WriteOp[]): Promise<void> {
  await runWrites(db, onTable(db, ops));
}

export function newSystemFields(): SystemFields {
  const now = new Date().toISOString();
  return { id: ulid(), version: 1, createdAt: now, updatedAt: now };
}

export function assertVersion(label: string, actual: number, expected: number | undefined) {
  if (expected !== undefined && actual !== expected) {
    throw new DomainError(
      "precondition_failed",
      `The ${label} is at version ${actual}, not ${expected}: someone changed it; reload it and retry`,
    );
  }
}

export { invalid };
