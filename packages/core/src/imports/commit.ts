import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type { Caller } from "../caller.js";
import type { Db } from "../db.js";
import { DomainError } from "../errors.js";
import { type CommitContext, prepareChunk, writeChunk } from "./commit-chunk.js";
import { releaseCommitLease, takeCommitLease } from "./commit-lease.js";
import type { ImportFiles } from "./files.js";
import { type ImportActor, importAuditItem } from "./import-audit.js";
import { addCommitted, getImportJob, type Outcome, updateImportJob } from "./jobs.js";
import { countRows, listRows } from "./rows.js";
import type { StepOutcome } from "./validate.js";

/** Rows committed together: their reads and writes grouped (commit-chunk.ts). */
export const COMMIT_CHUNK = 500;
const IN_FLIGHT = 8;
const WAIT_FOR_LEASE_MS = 250;

/**
 * The commit: creates the record of every valid row (and of probable
 * duplicates when asked), chunk by chunk — the registry's checks, guards,
 * references and audit events, the importer as actor — and settles each row.
 * Rows leave the `valid` index partition as they are settled, so every pass
 * reads from its start: a hand-over needs no cursor. One commit works at a
 * time (a lease on the job); a second one waits, then finds nothing left.
 */
export async function commitImport(db: Db, files: ImportFiles, id: string, deadline = Infinity): Promise<StepOutcome> {
  const job = await getImportJob(db, id);
  if (job.status !== "committing") return "done";
  const runner = ulid();
  while (!(await takeCommitLease(db, id, runner))) {
    if ((await getImportJob(db, id)).status !== "committing") return "done";
    if (Date.now() >= deadline) return "handover";
    await new Promise((wait) => setTimeout(wait, WAIT_FOR_LEASE_MS));
  }
  // The importer, as the caller the job records: the audit events name them and this import.
  const importer: Caller = {
    actor: job.createdBy,
    requestId: `import:${id}`,
    regions: job.regions === "all" ? "all" : new Set(job.regions),
  };
  const by: ImportActor = importer;
  const ctx: CommitContext = { db, job, by, resumed: true, referenced: new Map(), inFlight: IN_FLIGHT };
  const wanted: Outcome[] = job.createProbableDuplicates ? ["valid", "probable_duplicate"] : ["valid"];
  for (const outcome of wanted) {
    // One pass reads the rows page after page: the next chunk's checks and guards overlap the
    // records of the one before. A pass that ends starts again from the first row left (none, but
    // for rows a failed write left unsettled), once the chunk in flight is settled.
    let cursor: string | undefined;
    let writing: Promise<void> = Promise.resolve();
    let started = false;
    for (;;) {
      if (cursor === undefined) await writing;
      const page = await listRows(db, id, { outcome, limit: COMMIT_CHUNK, cursor });
      if (!page.items.length) {
        if (cursor === undefined) break;
        cursor = undefined;
        continue;
      }
      // Every invocation moves on by one chunk at least; then the time left and the lease are checked.
      if (started && (Date.now() >= deadline || !(await takeCommitLease(db, id, runner)))) {
        await writing;
        await releaseCommitLease(db, id, runner);
        return "handover";
      }
      const chunk = await prepareChunk(ctx, page.items);
      ctx.resumed = false;
      started = true;
      await writing;
      writing = writeChunk(ctx, chunk).then((created) => addCommitted(db, id, created, page.items.length));
      // Awaited before the next chunk's records; a failure meanwhile must not end the process first.
      writing.catch(() => undefined);
      cursor = page.nextCursor ?? undefined;
    }
  }
  await finish(db, files, id, by);
  return "done";
}

async function finish(db: Db, files: ImportFiles, id: string, by: ImportActor) {
  const job = await getImportJob(db, id);
  if (job.status !== "committing") return;
  // Counted on the rows, not added up: a commit taken up again after a stop counts its rows once.
  const created = await countRows(db, id, "created");
  const counts = { ...job.counts, created, skipped: job.counts.rows - created };
  try {
    await updateImportJob(
      db,
      id,
      { status: "committed", counts, progress: { done: job.progress.total, total: job.progress.total } },
      ["committing"],
      ["commitRunner", "commitLeaseUntil"],
    );
  } catch (error) {
    if (error instanceof DomainError) return; // another commit of this import finished it a moment ago
    throw error;
  }
  const change = {
    entity: "IMPORT",
    entityId: id,
    action: "update" as const,
    before: { status: job.status },
    after: { status: "committed", created: counts.created },
  };
  await db.doc.send(new PutCommand({ TableName: db.tableName, Item: importAuditItem(by, change) }));
  await files.remove(id);
}
