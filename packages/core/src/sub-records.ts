import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type * as z from "zod";
import { type AccessPattern, type AccessPatterns, checkPatterns, indexKeysOf } from "./access-patterns.js";
import { auditOp } from "./audit.js";
import type { Caller } from "./caller.js";
import type { Db } from "./db.js";
import {
  assertVersion,
  type Condition,
  itemKey,
  newSystemFields,
  type Reference,
  referenceOp,
  type SystemFields,
  toRecord,
  writeAll,
} from "./entity.js";
import { DomainError, notFound } from "./errors.js";
import { type ListFilters, type ListQuery, listPage } from "./list-planner.js";
import { assertRecordReaches } from "./region-checks.js";
import type { Located } from "./regions.js";
import { changedRefs } from "./repository.js";
import type { WriteOp } from "./store.js";
import { type AnyObject, applyPatch, parseOrThrow, patchSchemaOf, withRules } from "./validation.js";

/**
 * Records that live inside a parent record's partition (an exhibition's
 * participants, a vigilance cell's alerts): `pk = PARENT#parentId`,
 * `sk = SKPREFIX#key`. Each one counts as a reference to its parent, so the
 * parent can't be deleted while it has any, and every write is one transaction.
 * They lie in their parent's region: out of the caller's reach with it.
 */
export interface ChildDefinition<S extends AnyObject> {
  label: string;
  /** The parent's registry: where the children lie. */
  regions: { from: "parent"; field: string; parent: Located };
  /** The `entity` attribute of the stored items. */
  entity: string;
  /** `field` names the parent's id in the record; `counter` (optional) counts the children on the parent item. */
  parent: { prefix: string; label: string; field: string; counter?: string };
  skPrefix: string;
  /** What a client sends, strict. */
  fields: S;
  rules?: (record: z.infer<S>, ctx: z.RefinementCtx) => void;
  /** The part of the sort key after the prefix: a key that exists already means a duplicate. */
  keyOf: (fields: z.infer<S>, id: string) => string;
  duplicate: { path: string; message: string };
  /** Other ways to read the children than by parent (which every child kind has: `byParent`). */
  patterns?: AccessPatterns;
  listFilters?: ListFilters;
  references?: (fields: z.infer<S>) => Reference[];
  /** Values copied from the parent, and what the parent must still be when the child is written. */
  fromParent?: (parent: Record<string, unknown>) => { copy: Record<string, unknown>; condition: Condition };
}

export type ChildRecord<S extends AnyObject> = z.infer<S> & SystemFields & Record<string, unknown>;

/** A parent's children: its partition, under the children's sort-key prefix. */
export const childrenOf = (def: Pick<ChildDefinition<AnyObject>, "parent" | "skPrefix">): AccessPattern => ({
  index: "table",
  pk: `${def.parent.prefix}#{${def.parent.field}}`,
  sk: `${def.skPrefix}#{key}`,
});

export function createChildRepository<S extends AnyObject>(
  def: ChildDefinition<S>,
  options: { immutable?: string[] } = {},
) {
  type Child = ChildRecord<S>;
  const patterns = checkPatterns(def.label, { byParent: childrenOf(def), ...def.patterns });
  const patchSchema = patchSchemaOf(def.fields, options.immutable);
  const partition = (parentId: string) => itemKey(def.parent.prefix, parentId).pk;
  const childKey = (parentId: string, key: string) => ({ pk: partition(parentId), sk: `${def.skPrefix}#${key}` });
  const refsOf = (fields: z.infer<S>) => def.references?.(fields).filter((ref) => ref.id) ?? [];
  const ownFields = (record: Record<string, unknown>) =>
    Object.fromEntries(
      Object.keys(def.fields.shape)
        .filter((n) => record[n] !== undefined)
        .map((n) => [n, record[n]]),
    ) as z.infer<S>;
  const validate = (input: unknown): z.infer<S> => parseOrThrow(withRules(def.fields, def.rules), input);
  const changedMeanwhile = () =>
    new DomainError("precondition_failed", `The ${def.label} was changed by someone else; reload it and retry`);

  function putOp(record: Child, key: string, previousVersion?: number): WriteOp {
    const item = {
      ...record,
      ...childKey(record[def.parent.field] as string, key),
      ...indexKeysOf(def.patterns, record),
      entity: def.entity,
    };
    const isNew = previousVersion === undefined;
    return {
      item: {
        Put: {
          TableName: "",
          Item: item,
          ConditionExpression: isNew ? "attribute_not_exists(pk)" : "version = :v",
          ExpressionAttributeValues: isNew ? undefined : { ":v": previousVersion },
        },
      },
      onConditionFailed: () =>
        isNew ? new DomainError("conflict", def.duplicate.message, [def.duplicate]) : changedMeanwhile(),
    };
  }

  /** Counts the child on its parent; adding requires the parent to exist (and meet `condition`). */
  function parentOp(parentId: string, delta: 1 | -1, condition?: Condition): WriteOp {
    const counter = def.parent.counter;
    return {
      item: {
        Update: {
          TableName: "",
          Key: itemKey(def.parent.prefix, parentId),
          UpdateExpression: counter ? "ADD refs :delta, #c_counter :delta" : "ADD refs :delta",
          ConditionExpression: `attribute_exists(pk)${condition ? ` AND (${condition.expression})` : ""}`,
          ExpressionAttributeNames:
            counter || condition?.names
              ? { ...(counter ? { "#c_counter": counter } : {}), ...condition?.names }
              : undefined,
          ExpressionAttributeValues: { ":delta": delta, ...condition?.values },
        },
      },
      onConditionFailed: () =>
        new DomainError("conflict", `The ${def.parent.label} was changed or deleted meanwhile; reload it and retry`),
    };
  }

  async function getParent(db: Db, parentId: string): Promise<Record<string, unknown>> {
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: itemKey(def.parent.prefix, parentId) }),
    );
    if (!Item) throw notFound(def.parent.label, parentId);
    return Item;
  }

  async function create(db: Db, caller: Caller, parentId: string, input: unknown): Promise<Child> {
    const fields = validate(input);
    await assertRecordReaches(db, caller, def.regions.parent, parentId);
    const parent = await getParent(db, parentId);
    const derived = def.fromParent?.(parent);
    const record = { [def.parent.field]: parentId, ...derived?.copy, ...fields, ...newSystemFields() } as Child;
    await writeAll(db, [
      putOp(record, def.keyOf(fields, record.id)),
      parentOp(parentId, 1, derived?.condition),
      ...refsOf(fields).map((ref) => referenceOp(ref, 1)),
      auditOp(caller, { entity: def.entity, entityId: record.id, action: "create", after: record }),
    ]);
    return record;
  }

  async function get(db: Db, caller: Caller, parentId: string, key: string): Promise<Child> {
    await assertRecordReaches(db, caller, def.regions.parent, parentId);
    const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: childKey(parentId, key) }));
    if (!Item) throw notFound(def.label, key);
    return toRecord<Child>(Item);
  }

  async function update(
    db: Db,
    caller: Caller,
    parentId: string,
    key: string,
    expectedVersion: number,
    input: unknown,
  ): Promise<Child> {
    const patch = parseOrThrow(patchSchema, input) as Record<string, unknown>;
    const current = await get(db, caller, parentId, key);
    assertVersion(def.label, current.version, expectedVersion);
    const before = ownFields(current);
    const fields = validate(applyPatch(before as Record<string, unknown>, patch));
    const kept = Object.fromEntries(Object.entries(current).filter(([name]) => !(name in def.fields.shape)));
    const record = { ...kept, ...fields, version: current.version + 1, updatedAt: new Date().toISOString() } as Child;
    await writeAll(db, [
      putOp(record, key, current.version),
      ...changedRefs(refsOf(before), refsOf(fields)),
      auditOp(caller, { entity: def.entity, entityId: current.id, action: "update", before: current, after: record }),
    ]);
    return record;
  }

  async function remove(
    db: Db,
    caller: Caller,
    parentId: string,
    key: string,
    expectedVersion?: number,
  ): Promise<void> {
    const current = await get(db, caller, parentId, key);
    assertVersion(def.label, current.version, expectedVersion);
    await writeAll(db, [
      {
        item: {
          Delete: {
            TableName: "",
            Key: childKey(parentId, key),
            ConditionExpression: "version = :v",
            ExpressionAttributeValues: { ":v": current.version },
          },
        },
        onConditionFailed: changedMeanwhile,
      },
      parentOp(parentId, -1),
      ...refsOf(ownFields(current)).map((ref) => referenceOp(ref, -1)),
      auditOp(caller, { entity: def.entity, entityId: current.id, action: "delete", before: current }),
    ]);
  }

  /** One page of a parent's children (404 when the parent doesn't exist). */
  async function list(db: Db, caller: Caller, parentId: string, query: ListQuery) {
    await assertRecordReaches(db, caller, def.regions.parent, parentId);
    await getParent(db, parentId);
    return listBy(db, { ...query, [def.parent.field]: parentId });
  }

  /** One page of children through the narrowest pattern the query gives (e.g. a cooperative's participations). */
  async function listBy(db: Db, query: ListQuery) {
    const page = await listPage(db, patterns, query, def.listFilters);
    return { items: page.items.map((item) => toRecord<Child>(item)), nextCursor: page.nextCursor };
  }

  return { def, patterns, patchSchema, create, get, update, remove, list, listBy };
}
