import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { BulkWriter } from "../bulk.js";
import type { Db } from "../db.js";
import {
  companionOps,
  type EntityDefinition,
  guardPutOp,
  itemKey,
  putItemOp,
  type Reference,
  referenceOp,
  type SystemFields,
  type Unique,
  validateRecord,
} from "../entity.js";
import { DomainError } from "../errors.js";
import type { AnyObject } from "../validation.js";
import { batchGet, type Item, inBatches, keyText, transactGroups } from "./batch-io.js";
import { type ImportActor, importAuditItem, rowRecordId } from "./import-audit.js";
import type { ImportJob } from "./jobs.js";
import { importRegistries } from "./registries.js";
import { type ImportRow, outcomeOf, type RowOutcome } from "./rows.js";

/**
 * The commit of a chunk of rows, the writes grouped instead of one
 * transaction per row, in an order that never shows a half-written record:
 * 1. each row's record id is fixed (the same on a second pass: rowRecordId);
 *    rows whose record exists already were created by an earlier pass;
 * 2. unique values checked between the chunk's rows (the guards' conditions
 *    check them against the table);
 *    referenced records checked by BatchGetItem (remembered for the import);
 * 3. guard items written first, by transactions of conditional puts (a value
 *    taken refuses its row only);
 * 4. reference counts added, one UpdateItem per referenced record and chunk;
 *    a record gone meanwhile refuses its rows, whose guards and other counts
 *    are taken back;
 * 5. records, companion items and audit events by BatchWriteItem;
 * 6. then only the rows' outcomes (created with its id, or skipped and why),
 *    by the caller, chunk by chunk of the file.
 */
export interface CommitContext {
  db: Db;
  job: ImportJob;
  by: ImportActor;
  /** The first chunk of a commit: rows a stopped pass wrote but did not settle may be in it. */
  resumed: boolean;
  /** Whether a referenced record exists, by key: read once per import. */
  referenced: Map<string, boolean>;
  inFlight: number;
}

interface Pending {
  row: ImportRow;
  id: string;
  record: Record<string, unknown> & SystemFields;
  uniques: Unique[];
  refs: Reference[];
}

const MAX_REMEMBERED = 50_000;
const UPDATES_IN_FLIGHT = 16;

/** A chunk whose checks, guards and reference counts are done (steps 1–4): its records are next. */
export interface PreparedChunk {
  def: EntityDefinition<AnyObject>;
  pending: Pending[];
  refused: Map<ImportRow, string>;
  earlier: Set<Pending>;
  applied: Applied;
}

/** Commits the rows (steps 1–5); answers how many records this call created. */
export async function commitChunk(ctx: CommitContext, rows: ImportRow[]): Promise<number> {
  return (await writeChunk(ctx, await prepareChunk(ctx, rows))).created;
}

/** Steps 1–4: the rows' checks, guards and reference counts. */
export async function prepareChunk(ctx: CommitContext, rows: ImportRow[]): Promise<PreparedChunk> {
  const { db, job } = ctx;
  const def = importRegistries[job.registry].repository.def as unknown as EntityDefinition<AnyObject>;
  const refused = new Map<ImportRow, string>();
  const refuse = (p: Pending, detail: string) => void refused.set(p.row, detail);

  const now = new Date().toISOString();
  const pending: Pending[] = [];
  for (const row of rows) {
    try {
      const fields = validateRecord(def, row.input);
      const id = rowRecordId(job.id, row.row);
      pending.push({
        row,
        id,
        record: { ...fields, id, version: 1, createdAt: now, updatedAt: now },
        uniques: def.uniques?.(fields, db) ?? [],
        refs: def.references?.(fields).filter((ref) => ref.id) ?? [],
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.set(row, error.message);
    }
  }

  // Created by a pass of this commit that stopped before settling them: nothing to write again.
  // Such rows can only be the first chunk a commit reads (rows settle chunk by chunk, in order).
  const stored = ctx.resumed
    ? await batchGet(
        db,
        pending.map((p) => itemKey(def.prefix, p.id)),
        ["pk", "sk"],
      )
    : new Map();
  const earlier = new Set(pending.filter((p) => stored.has(keyText(itemKey(def.prefix, p.id)))));
  const live = () => pending.filter((p) => !refused.has(p.row) && !earlier.has(p));

  checkUniquesInChunk(live(), refuse);
  await checkReferences(ctx, live(), refuse);
  const taken = await putGuards(db, live());
  for (const p of taken) refuse(p, p.uniques[0]?.message ?? "A unique value is taken");
  await takeBack(db, taken, new Map());

  const guardsWritten = [...live()];
  const applied: Applied = new Map();
  try {
    await addReferences(db, live(), refuse, applied);
  } catch (error) {
    // The counts added before the failure go back with the guards: the next pass adds them once, not twice.
    await takeBack(db, guardsWritten, applied);
    throw error;
  }
  await takeBack(
    db,
    guardsWritten.filter((p) => refused.has(p.row)),
    applied,
  );
  return { def, pending, refused, earlier, applied };
}

/**
 * Takes back what a prepared chunk wrote (its live rows' guards and reference counts) when its records will not be
 * written by this pass: the next pass prepares it again, and would otherwise count its references twice.
 */
export async function releaseChunk(ctx: CommitContext, chunk: PreparedChunk): Promise<void> {
  const { pending, refused, earlier, applied } = chunk;
  await takeBack(
    ctx.db,
    pending.filter((p) => !refused.has(p.row) && !earlier.has(p)),
    applied,
  );
}

/** Step 5: the records, companions and audit events; answers how many records it created, and each row's outcome. */
export async function writeChunk(
  ctx: CommitContext,
  chunk: PreparedChunk,
): Promise<{ created: number; settled: Map<number, RowOutcome> }> {
  const { db } = ctx;
  const { def, pending, refused, earlier, applied } = chunk;
  const refuse = (p: Pending, detail: string) => void refused.set(p.row, detail);
  const live = () => pending.filter((p) => !refused.has(p.row) && !earlier.has(p));
  const writing = live();
  const writer = new BulkWriter(db, { inFlight: ctx.inFlight });
  try {
    for (const p of writing) await writer.add(itemsOf(ctx, def, p));
    await writer.flush();
  } catch (error) {
    await writer.flush().catch(() => undefined);
    // What did not land is taken back and refused; what did stands.
    const landed = await batchGet(
      db,
      writing.map((p) => itemKey(def.prefix, p.id)),
      ["pk", "sk"],
    );
    const lost = writing.filter((p) => !landed.has(keyText(itemKey(def.prefix, p.id))));
    for (const p of lost) refuse(p, `Not written: ${(error as Error).message}`);
    await takeBack(db, lost, applied);
  }

  // Step 6, the rows' outcomes, is the caller's: it settles them by chunk of the file (open-chunks.ts).
  const settled = new Map<number, RowOutcome>();
  for (const p of [...earlier, ...live()])
    settled.set(p.row.row, outcomeOf({ ...p.row, outcome: "created", recordId: p.id }));
  for (const [row, detail] of refused)
    settled.set(
      row.row,
      outcomeOf({ ...row, outcome: "skipped", issues: [{ column: "", code: "commit_refused", params: { detail } }] }),
    );
  return { created: live().length, settled };
}

/** A guard is written if free or already the row's (an earlier pass), and taken back only if still the row's. */
const ownerIs = (p: Pending, orFree: boolean) => ({
  ConditionExpression: orFree ? "attribute_not_exists(pk) OR #owner = :owner" : "#owner = :owner",
  ExpressionAttributeNames: { "#owner": "owner" },
  ExpressionAttributeValues: { ":owner": p.id },
});

/**
 * The guards by transactions of up to 100 conditional puts (a row's guards
 * together): each free, or the row's already (an earlier pass). A value taken
 * since the check refuses its row only; the rest of its transaction is sent again.
 */
async function putGuards(db: Db, pending: Pending[]): Promise<Pending[]> {
  const { refused } = await transactGroups(
    db,
    pending.map((p) => ({
      owner: p,
      items: p.uniques.map((unique) => ({
        Put: { TableName: db.tableName, Item: guardPutOp(unique, p.id).item.Put?.Item, ...ownerIs(p, true) },
      })),
    })),
  );
  return refused;
}

/**
 * A unique value twice in the chunk refuses the later row (one transaction
 * may not write an item twice). Values held by other records are found by the
 * guards' conditional puts: the dry run read them already, so a read here
 * would only repeat what the condition checks anyway.
 */
function checkUniquesInChunk(pending: Pending[], refuse: (p: Pending, detail: string) => void) {
  const inChunk = new Map<string, string>();
  for (const p of pending) {
    for (const unique of p.uniques) {
      const owner = inChunk.get(unique.key);
      if (owner !== undefined && owner !== p.id) {
        refuse(p, unique.message);
        break;
      }
      inChunk.set(unique.key, p.id);
    }
  }
}

/** Referenced records that don't exist refuse their rows (the answer kept for the next chunks). */
async function checkReferences(ctx: CommitContext, pending: Pending[], refuse: (p: Pending, detail: string) => void) {
  const keyOf = (ref: Reference) => keyText(itemKey(ref.prefix, ref.id));
  const unknown = pending.flatMap((p) => p.refs).filter((ref) => !ctx.referenced.has(keyOf(ref)));
  if (unknown.length) {
    if (ctx.referenced.size > MAX_REMEMBERED) ctx.referenced.clear();
    const found = await batchGet(
      ctx.db,
      unknown.map((ref) => itemKey(ref.prefix, ref.id)),
      ["pk", "sk"],
    );
    for (const ref of unknown) ctx.referenced.set(keyOf(ref), found.has(keyOf(ref)));
  }
  for (const p of pending) {
    const missing = p.refs.find((ref) => ctx.referenced.get(keyOf(ref)) === false);
    if (missing) refuse(p, `No ${missing.label} with id ${missing.id}`);
  }
}

type Applied = Map<string, Reference>;
const refKey = (ref: Reference) => keyText(itemKey(ref.prefix, ref.id));

/**
 * One reference-count update per referenced record: `ADD refs :n`, on condition it still exists. Each update that
 * lands is noted in `applied` as it lands, so that a failure midway can be taken back.
 */
async function addReferences(
  db: Db,
  pending: Pending[],
  refuse: (p: Pending, detail: string) => void,
  applied: Applied,
) {
  const groups = new Map<string, { ref: Reference; rows: Pending[] }>();
  for (const p of pending) {
    for (const ref of p.refs) {
      const group = groups.get(refKey(ref)) ?? { ref, rows: [] };
      group.rows.push(p);
      groups.set(refKey(ref), group);
    }
  }
  await inBatches([...groups], UPDATES_IN_FLIGHT, async ([key, { ref, rows }]) => {
    const op = referenceOp(ref, 1);
    try {
      await sendCount(db, op.item.Update, rows.length);
      applied.set(key, ref);
    } catch (error) {
      if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      for (const p of rows) refuse(p, op.onConditionFailed().message);
    }
  });
}

/** Undoes what refused rows had written: their guards (if still theirs) and the counts added for them. */
async function takeBack(db: Db, rows: Pending[], applied: Applied) {
  if (!rows.length) return;
  await transactGroups(
    db,
    rows.map((p) => ({
      owner: p,
      items: p.uniques.map((u) => ({
        Delete: { TableName: db.tableName, Key: { pk: u.key, sk: "GUARD" }, ...ownerIs(p, false) },
      })),
    })),
  );
  const counts = new Map<string, { ref: Reference; n: number }>();
  for (const p of rows) {
    for (const ref of p.refs) {
      if (!applied.has(refKey(ref))) continue;
      const entry = counts.get(refKey(ref)) ?? { ref, n: 0 };
      entry.n++;
      counts.set(refKey(ref), entry);
    }
  }
  await inBatches([...counts.values()], UPDATES_IN_FLIGHT, ({ ref, n }) =>
    sendCount(db, referenceOp(ref, -1).item.Update, -n),
  );
}

async function sendCount(db: Db, update: object | undefined, delta: number) {
  if (!update) throw new Error("A reference count is an update");
  const body = update as { ExpressionAttributeValues?: Record<string, unknown> };
  await db.doc.send(
    new UpdateCommand({
      ...(update as ConstructorParameters<typeof UpdateCommand>[0]),
      TableName: db.tableName,
      ExpressionAttributeValues: { ...body.ExpressionAttributeValues, ":delta": delta },
    }),
  );
}

/** The record, its companions and its audit event (ids fixed per row: a second pass overwrites, never adds). */
function itemsOf(ctx: CommitContext, def: EntityDefinition<AnyObject>, p: Pending): Item[] {
  const { db, job, by } = ctx;
  const record = putItemOp(def, p.record, undefined, db).item.Put?.Item ?? {};
  const companions = companionOps(def, p.record, db).map((op) => op.item.Put?.Item ?? {});
  const change = { entity: def.prefix, entityId: p.id, action: "create" as const, after: p.record };
  return [record, ...companions, importAuditItem(by, change, rowRecordId(job.id, p.row.row, "audit"))];
}
