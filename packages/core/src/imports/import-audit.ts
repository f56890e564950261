import { createHash } from "node:crypto";
import { ulid } from "ulid";
import { indexKeysOf } from "../access-patterns.js";
import { auditPatterns, type Change, changedFields } from "../audit.js";
import type { Caller } from "../caller.js";
import { maskPersonalIdentifiers } from "../pii.js";

/**
 * The audit events an import writes, with the importer named explicitly as
 * actor (the import runs in a job, far from the request that started it).
 * Items shaped as audit.ts stores them, so the audit trail lists them alike.
 */
/** The importer as a caller (`user:<username>` or `key:<api key id>`), with `import:<id>` as request. */
export type ImportActor = Pick<Caller, "actor" | "requestId">;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The id of what row `row` of import `importId` creates: the import's own
 * time (its ULID's first 10 characters) and 16 characters of a hash of
 * import, row and kind. Fixed before anything is written, so a commit that
 * starts again after a crash writes the same items, not new ones.
 */
export function rowRecordId(importId: string, row: number, kind = "record"): string {
  const hash = createHash("sha256").update(`${importId}:${row}:${kind}`).digest();
  let random = "";
  for (const byte of hash.subarray(0, 16)) random += CROCKFORD[byte & 31];
  return `${importId.slice(0, 10)}${random}`;
}

/** The audit item of one change, as auditOp builds it, with the actor given. */
export function importAuditItem(by: ImportActor, change: Change, id: string = ulid()): Record<string, unknown> {
  return {
    id,
    at: new Date().toISOString(),
    actor: by.actor,
    requestId: by.requestId,
    changedFields: changedFields(change.before, change.after),
    before: change.before && maskPersonalIdentifiers({ ...change.before } as Record<string, unknown>),
    after: change.after && maskPersonalIdentifiers({ ...change.after } as Record<string, unknown>),
    entityId: change.entityId,
    action: change.action,
    auditedEntity: change.entity,
    pk: `AUDIT#${id}`,
    sk: "AUDIT",
    entity: "AUDIT",
    ...indexKeysOf(auditPatterns, { id, actor: by.actor, entityId: change.entityId, auditedEntity: change.entity }),
  };
}
