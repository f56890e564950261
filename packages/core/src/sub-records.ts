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
import { freeGuardOp, type HeldPlace, placeUpdate, takeGuardOp } from "./held-places.js";
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
  /** A place the child holds on its parent while it lasts, and its end step (see held-places.ts). */
  held?: HeldPlace;
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
  // What a route validates a new child's body with: the fields with their rules, under a brand only
  // a parse gives, so `createValid` takes what the route parsed without parsing it again.
  const createSchema = withRules(def.fields, def.rules).brand<"ValidChild">();
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

  /**
   * Counts the child on its parent; adding requires the parent to exist (and
   * meet `condition`). A child that takes or frees a held place changes the
   * parent's count of places in the same update (one transaction can't touch an item twice).
   */
  function parentOp(
    parentId: string,
    delta: -1 | 0 | 1,
    condition?: Condition,
    place?: { change: "take" | "free"; full?: () => DomainError },
  ): WriteOp {
    const counter = delta ? def.parent.counter : undefined;
    const held = place && def.held ? placeUpdate(def.held, place.change) : undefined;
    const adds = [delta ? "refs :delta" : "", counter ? "#c_counter :delta" : "", held?.add ?? ""].filter(Boolean);
    const names = { ...(counter ? { "#c_counter": counter } : {}), ...condition?.names, ...held?.names };
    const values = { ...(delta ? { ":delta": delta } : {}), ...condition?.values, ...held?.values };
    return {
      item: {
        Update: {
          TableName: "",
          Key: itemKey(def.parent.prefix, parentId),
          UpdateExpression: [held?.set ?? "", adds.length ? `ADD ${adds.join(", ")}` : ""].filter(Boolean).join(" "),
          ConditionExpression: `attribute_exists(pk)${condition ? ` AND (${condition.expression})` : ""}${held?.condition ?? ""}`,
          ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
          ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
        },
      },
      onConditionFailed:
        place?.full ??
        (() =>
          new DomainError("conflict", `The ${def.parent.label} was changed or deleted meanwhile; reload it and retry`)),
    };
  }
  const raced = () =>
    new DomainError("conflict", `Another request changed this ${def.label} at the same moment; retry`);

  async function getParent(db: Db, parentId: string): Promise<Record<string, unknown>> {
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: itemKey(def.parent.prefix, parentId) }),
    );
    if (!Item) throw notFound(def.parent.label, parentId);
    return Item;
  }

  async function create(db: Db, caller: Caller, parentId: string, input: unknown): Promise<Child> {
    return createValid(db, caller, parentId, parseOrThrow(createSchema, input) as z.output<typeof createSchema>);
  }

  /** Adds a child from fields `createSchema` validated (the route's body): not validated again. */
  async function createValid(
    db: Db,
    caller: Caller,
    parentId: string,
    fields: z.output<typeof createSchema>,
  ): Promise<Child> {
    await assertRecordReaches(db, caller, def.regions.parent, parentId);
    const parent = await getParent(db, parentId);
    const refusal = def.held?.open.refusal(parent);
    if (refusal) throw refusal;
    const derived = def.fromParent?.(parent);
    const record = { [def.parent.field]: parentId, ...derived?.copy, ...fields, ...newSystemFields() } as Child;
    const takes = def.held?.holds(record) ? def.held : undefined;
    if (takes && Number(parent[takes.counter] ?? 0) >= Number(parent[takes.limit])) throw takes.full(parent);
    await writeAll(db, [
      putOp(record, def.keyOf(fields, record.id)),
      parentOp(parentId, 1, derived?.condition, takes && { change: "take", full: () => takes.full(parent) }),
      ...refsOf(fields).map((ref) => referenceOp(ref, 1)),
      auditOp(caller, { entity: def.entity, entityId: record.id, action: "create", after: record }),
      ...(takes ? [takeGuardOp(takes, partition(parentId), record)] : []),
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
    const frees = def.held?.holds(current) ? def.held : undefined;
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
      parentOp(parentId, -1, undefined, frees && { change: "free" }),
      ...(frees ? [freeGuardOp(frees, partition(parentId), current, raced)] : []),
      ...refsOf(ownFields(current)).map((ref) => referenceOp(ref, -1)),
      auditOp(caller, { entity: def.entity, entityId: current.id, action: "delete", before: current }),
    ]);
  }

  /** The end step of a child that holds a place (a hosting's `to`): the place and its guard are given back. */
  async function end(
    db: Db,
    caller: Caller,
    parentId: string,
    key: string,
    expectedVersion: number,
    input: unknown,
  ): Promise<Child> {
    const held = def.held;
    if (!held) throw new Error(`A ${def.label} has no end step`);
    const ending = parseOrThrow(held.end.fields, input);
    const current = await get(db, caller, parentId, key);
    assertVersion(def.label, current.version, expectedVersion);
    const refusal = held.end.refusal(current, ending);
    if (refusal) throw refusal;
    const updatedAt = new Date().toISOString();
    const ended = { ...held.end.apply(current, ending), version: current.version + 1, updatedAt } as Child;
    const frees = held.holds(current);
    await writeAll(db, [
      putOp(ended, key, current.version),
      ...(frees
        ? [parentOp(parentId, 0, undefined, { change: "free" }), freeGuardOp(held, partition(parentId), current, raced)]
        : []),
      auditOp(caller, { entity: def.entity, entityId: current.id, action: "update", before: current, after: ended }),
    ]);
    return ended;
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

  return { def, patterns, createSchema, patchSchema, create, createValid, get, update, remove, end, list, listBy };
}
