import { ulid } from "ulid";
import * as z from "zod";
import { type AccessPatterns, indexKeysOf, KIND_SHARDS } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { listShape } from "./common.js";
import type { Db } from "./db.js";
import { toRecord } from "./entity.js";
import { DomainError, invalid } from "./errors.js";
import { listPage } from "./list-planner.js";
import { maskPersonalIdentifiers } from "./pii.js";
import type { WriteOp } from "./store.js";

/**
 * The audit trail: every write records who, what, when and from which
 * request, in the same transaction as the write itself — a change without its
 * audit event can't exist. Personal identifiers are masked in it.
 */

export type AuditAction = "create" | "update" | "delete";

export interface Change {
  /** The kind of record, as in its items' `entity` attribute: "CENTER", "HOSTING"… */
  entity: string;
  entityId: string;
  action: AuditAction;
  before?: object;
  after?: object;
}

const Snapshot = z.record(z.string(), z.unknown());
export const AuditEvent = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.string(),
  requestId: z.string().optional(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(["create", "update", "delete"]),
  changedFields: z.array(z.string()),
  before: Snapshot.optional(),
  after: Snapshot.optional(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

const AUDIT = "AUDIT";
/** Bookkeeping fields that change with every write: not worth listing as changed. */
const bookkeeping = new Set(["id", "version", "createdAt", "updatedAt"]);

/**
 * A record's events, an actor's, a kind's: each oldest first. An actor's and a
 * kind's are write-sharded like the all-of-a-kind index: an import of 100,000
 * rows writes 100,000 events of one actor and one kind.
 */
export const auditPatterns = {
  byRecord: { index: "gsi1", pk: `${AUDIT}#RECORD#{entityId}`, sk: "{id}" },
  byActor: { index: "gsi2", pk: `${AUDIT}#ACTOR#{actor}`, sk: "{id}", shards: KIND_SHARDS },
  byKind: { index: "gsi3", pk: `${AUDIT}#ENTITY#{auditedEntity}`, sk: "{id}", shards: KIND_SHARDS },
} satisfies AccessPatterns;

export function changedFields(before: object = {}, after: object = {}): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const names = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...names].filter((n) => !bookkeeping.has(n) && JSON.stringify(b[n]) !== JSON.stringify(a[n])).sort();
}

/** The audit item of one change, made by `caller` (who, from which request), to add to the change's own transaction. */
export function auditOp(caller: Caller, change: Change): WriteOp {
  const id = ulid();
  const { actor, requestId } = caller;
  const event: AuditEvent = {
    id,
    at: new Date().toISOString(),
    actor,
    requestId,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    changedFields: changedFields(change.before, change.after),
    before: change.before && maskPersonalIdentifiers({ ...change.before } as Record<string, unknown>),
    after: change.after && maskPersonalIdentifiers({ ...change.after } as Record<string, unknown>),
  };
  // `entity` names the kind of every item (the jobs scan by it): the audited kind is kept as `auditedEntity`.
  const { entity: auditedEntity, ...rest } = event;
  const item = {
    ...rest,
    auditedEntity,
    pk: `${AUDIT}#${id}`,
    sk: AUDIT,
    entity: AUDIT,
    ...indexKeysOf(auditPatterns, { ...rest, auditedEntity }),
  };
  return {
    item: { Put: { TableName: "", Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
    onConditionFailed: () => new DomainError("conflict", "Two audit events got the same id; retry"),
  };
}

export const AuditListQuery = z.strictObject({
  ...listShape,
  entity: z
    .string()
    .regex(/^[A-Z][A-Z_]{0,49}$/, "Expected a kind of record, e.g. BENEFICIARY")
    .optional(),
  entityId: z.string().min(1).max(100).optional(),
  /** `user:<username>`, `key:<api key id>` or `system`. */
  actor: z.string().min(1).max(200).optional(),
});

/** Oldest first, through the narrowest index: a record's events, an actor's, or a kind's. */
export async function listAuditEvents(db: Db, query: z.infer<typeof AuditListQuery>) {
  const { entity, entityId, actor } = query;
  if (!entity && !entityId && !actor) {
    throw invalid([{ path: "entity", message: "Give entity, entityId or actor" }], "Say whose audit events to list");
  }
  const page = await listPage(db, auditPatterns, { ...query, entity: undefined, auditedEntity: entity });
  const items = page.items.map(({ auditedEntity, ...item }) => ({
    ...toRecord<AuditEvent>(item),
    entity: auditedEntity as string,
  }));
  return { items, nextCursor: page.nextCursor };
}
