import type * as z from "zod";
import { checkPatterns } from "./access-patterns.js";
import { auditOp } from "./audit.js";
import type { Caller } from "./caller.js";
import type { Db } from "./db.js";
import {
  assertVersion,
  type Condition,
  companionOps,
  type EntityDefinition,
  getRecord,
  guardDeleteOp,
  guardPutOp,
  newSystemFields,
  putItemOp,
  type RecordOf,
  type Reference,
  referenceOp,
  toRecord,
  type Unique,
  validateRecord,
  writeAll,
} from "./entity.js";
import { DomainError } from "./errors.js";
import { type ListQuery, listPage } from "./list-planner.js";
import { assertReaches, assertWithinRegions, keepReachable, narrowToRegions } from "./region-checks.js";
import type { Page, WriteOp } from "./store.js";
import { type AnyObject, applyPatch, parseOrThrow, patchSchemaOf, withRules } from "./validation.js";

/**
 * Create, read, update and delete for one kind of record, with the registry's
 * rules: strict validation, optimistic versions, unique values kept by guard
 * items, references that must exist and block deletion — each write one
 * transaction — and the caller's regions (region-checks.ts).
 */
export function createRepository<S extends AnyObject>(
  def: EntityDefinition<S>,
  options: { immutable?: string[] } = {},
) {
  type Rec = RecordOf<S>;
  checkPatterns(def.label, def.patterns);
  const criteria = new Set([
    ...Object.keys(def.fields.shape),
    ...Object.keys(def.listFilters ?? {}),
    "limit",
    "cursor",
  ]);
  // A body is validated once: by these schemas (the route's validator, or `create`/`update` below), whose
  // brand no other value carries, so `createValid`/`updateValid` take it as it is.
  const createSchema = withRules(def.fields, def.rules).brand<"ValidFields">();
  const patchSchema = patchSchemaOf(def.fields, options.immutable).brand<"ValidPatch">();
  const refsOf = (r: z.infer<S>): Reference[] => def.references?.(r).filter((ref) => ref.id) ?? [];
  const uniquesOf = (r: z.infer<S>, db: Db): Unique[] => def.uniques?.(r, db) ?? [];
  // Items come back through the kind's `fromItem` (e.g. personal identifiers decrypted).
  const load = <T>(db: Db, stored: T): T => (def.fromItem ? (def.fromItem(stored as never, db) as T) : stored);
  const audit = (
    caller: Caller,
    action: "create" | "update" | "delete",
    entityId: string,
    before?: object,
    after?: object,
  ) => auditOp(caller, { entity: def.prefix, entityId, action, before, after });

  /** Creates a record from any input: validated here (400 with each field and reason). */
  const create = async (db: Db, caller: Caller, input: unknown, extraOps?: (record: Rec) => WriteOp[]) =>
    // zod's output type of a generic branded schema is not resolved here; it is what the parse gives.
    createValid(db, caller, parseOrThrow(createSchema, input) as z.output<typeof createSchema>, extraOps);

  /** Creates a record from fields `createSchema` validated (the route's body): not validated again. */
  async function createValid(
    db: Db,
    caller: Caller,
    fields: z.output<typeof createSchema>,
    extraOps: (record: Rec) => WriteOp[] = () => [],
  ): Promise<Rec> {
    await assertWithinRegions(db, caller, def, fields);
    const record = { ...fields, ...newSystemFields() } as Rec;
    await writeAll(db, [
      putItemOp(def, record, undefined, db),
      ...companionOps(def, record, db),
      ...uniquesOf(fields, db).map((u) => guardPutOp(u, record.id)),
      ...refsOf(fields).map((ref) => referenceOp(ref, 1)),
      ...extraOps(record),
      audit(caller, "create", record.id, undefined, record),
    ]);
    return record;
  }

  async function get(db: Db, caller: Caller, id: string): Promise<Rec> {
    const { refs: _refs, counts: _counts, ...record } = await getRecord<Rec>(db, def.prefix, def.label, id);
    await assertReaches(db, caller, def, record, id);
    return load(db, record as unknown as Rec);
  }

  /** Changes a record by a JSON merge patch from any input: validated here. */
  const update = async (db: Db, caller: Caller, id: string, expectedVersion: number, input: unknown) =>
    updateValid(db, caller, id, expectedVersion, parseOrThrow(patchSchema, input));

  /** Changes a record by a patch `patchSchema` validated (the route's body); the patched record is checked whole. */
  async function updateValid(
    db: Db,
    caller: Caller,
    id: string,
    expectedVersion: number,
    valid: z.output<typeof patchSchema>,
  ): Promise<Rec> {
    const patch: Record<string, unknown> = valid;
    const { refs: _refs, counts, ...stored } = await getRecord<Rec>(db, def.prefix, def.label, id);
    await assertReaches(db, caller, def, stored, id);
    const current = load(db, stored as unknown as Rec);
    assertVersion(def.label, current.version, expectedVersion);
    const { id: _id, version, createdAt } = current as Rec;
    // Counters kept by other records (e.g. occupied stalls) are not the record's own fields.
    const currentFields = pick(current, Object.keys(def.fields.shape));
    def.beforeUpdate?.(current as Rec, patch);
    const fields = validateRecord(def, applyPatch(currentFields, patch));
    await assertWithinRegions(db, caller, def, fields);
    const record = { ...fields, id, version: version + 1, createdAt, updatedAt: new Date().toISOString() } as Rec;
    await writeAll(db, [
      putItemOp(def, record, version, db, heldCondition(def, fields, counts)),
      ...companionOps(def, record, db),
      ...changed(uniquesOf(currentFields as z.infer<S>, db), uniquesOf(fields, db), (u) => u.key, id),
      ...changedRefs(refsOf(currentFields as z.infer<S>), refsOf(fields)),
      audit(caller, "update", id, { ...currentFields, id, version }, record),
    ]);
    return record;
  }

  async function remove(
    db: Db,
    caller: Caller,
    id: string,
    expectedVersion?: number,
    extraOps: (record: Rec) => WriteOp[] = () => [],
  ) {
    const { refs, counts: _counts, ...current } = await getRecord<Rec>(db, def.prefix, def.label, id);
    await assertReaches(db, caller, def, current, id);
    const record = load(db, current as unknown as Rec);
    assertVersion(def.label, record.version, expectedVersion);
    if (refs) throw stillReferenced(def.label, refs);
    const deleteOp: WriteOp = {
      item: {
        Delete: {
          TableName: "",
          Key: { pk: `${def.prefix}#${id}`, sk: def.prefix },
          ConditionExpression: "version = :v AND (attribute_not_exists(refs) OR refs = :zero)",
          ExpressionAttributeValues: { ":v": record.version, ":zero": 0 },
        },
      },
      // Between our read and this write, someone referenced or changed it.
      onConditionFailed: () =>
        new DomainError("conflict", `The ${def.label} changed or became referenced meanwhile; reload it and retry`),
    };
    await writeAll(db, [
      deleteOp,
      ...companionOps(def, record, db, true),
      ...uniquesOf(record, db).map((u) => guardDeleteOp(u, id)),
      ...refsOf(record).map((ref) => referenceOp(ref, -1)),
      ...extraOps(record),
      audit(caller, "delete", id, record),
    ]);
  }

  /**
   * One page of the registry, through the narrowest of its access patterns the query gives,
   * narrowed to the caller's regions (a caller of one region reads that region's pattern) and
   * never with an item of another region.
   */
  async function list(db: Db, caller: Caller, query: ListQuery): Promise<Page<Rec>> {
    const unknown = Object.keys(query).filter((name) => !criteria.has(name));
    if (unknown.length) throw new Error(`A ${def.label} list has no criterion ${unknown.join(", ")}`);
    const narrowed = await narrowToRegions(db, caller, def, query);
    if (!narrowed) return { items: [], nextCursor: null };
    const page = await listPage(db, def.patterns, narrowed, def.listFilters);
    const items = await keepReachable(db, caller, def, page.items);
    return { items: items.map((item) => load(db, toRecord<Rec>(item))), nextCursor: page.nextCursor };
  }

  return { def, createSchema, patchSchema, create, createValid, get, update, updateValid, remove, list };
}

/**
 * The record's `held` rules it would break: 409 now if others already point at
 * it, else a condition that they still don't when the update lands.
 */
function heldCondition<S extends AnyObject>(
  def: EntityDefinition<S>,
  fields: z.infer<S>,
  counts: Record<string, number>,
): Condition | undefined {
  const broken = (def.held ?? []).filter((rule) => !rule.holds(fields));
  for (const rule of broken) {
    const count = counts[rule.counter] ?? 0;
    if (count > 0)
      throw new DomainError("conflict", rule.message(count), [{ path: rule.path, message: rule.message(count) }]);
  }
  if (broken.length === 0) return undefined;
  return {
    // One rule alone is not parenthesised: DynamoDB refuses redundant parentheses.
    expression: broken
      .map((_, i) => `attribute_not_exists(#h_${i}) OR #h_${i} = :h_zero`)
      .map((p, _, all) => (all.length > 1 ? `(${p})` : p))
      .join(" AND "),
    names: Object.fromEntries(broken.map((rule, i) => [`#h_${i}`, rule.counter])),
    values: { ":h_zero": 0 },
    description: "still referenced as it was",
  };
}

function pick(source: Record<string, unknown>, names: string[]) {
  return Object.fromEntries(names.filter((n) => source[n] !== undefined).map((n) => [n, source[n]]));
}

export function stillReferenced(label: string, refs: number) {
  return new DomainError(
    "conflict",
    `This ${label} is still referenced by ${refs} record${refs === 1 ? "" : "s"}; remove or end those first`,
  );
}

function changed(before: Unique[], after: Unique[], key: (u: Unique) => string, ownerId: string): WriteOp[] {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return [
    ...before.filter((u) => !afterKeys.has(key(u))).map((u) => guardDeleteOp(u, ownerId)),
    ...after.filter((u) => !beforeKeys.has(key(u))).map((u) => guardPutOp(u, ownerId)),
  ];
}

/** The reference counts to move when a record points elsewhere after an update. */
export function changedRefs(before: Reference[], after: Reference[]): WriteOp[] {
  const id = (r: Reference) => `${r.prefix}#${r.id}`;
  const beforeIds = new Set(before.map(id));
  const afterIds = new Set(after.map(id));
  return [
    ...before.filter((r) => !afterIds.has(id(r))).map((r) => referenceOp(r, -1)),
    ...after.filter((r) => !beforeIds.has(id(r))).map((r) => referenceOp(r, 1)),
  ];
}

export type Repository<S extends AnyObject> = ReturnType<typeof createRepository<S>>;
