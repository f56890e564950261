import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type { Caller } from "../caller.js";
import type { Db } from "../db.js";
import { DomainError } from "../errors.js";
import { type CommitContext, prepareChunk, releaseChunk, writeChunk } from "./commit-chunk.js";
import { releaseCommitLease, takeCommitLease } from "./commit-lease.js";
import type { ImportFiles } from "./files.js";
import { type ImportActor, importAuditItem } from "./import-audit.js";
import { getImportJob, type Outcome, updateImportJob } from "./jobs.js";
import { openChunks, settleChunk } from "./open-chunks.js";
import type { RowChunk, RowOutcome } from "./rows.js";
import type { StepOutcome } from "./validate.js";

/** Chunks of rows (rows.ts) committed together: their reads and writes grouped (commit-chunk.ts). */
export const CHUNKS_PER_STEP = 2;
const IN_FLIGHT = 8;
const WAIT_FOR_LEASE_MS = 250;

/**
 * The commit: creates the record of every valid row (and of probable
 * duplicates when asked), chunk by chunk — the registry's checks, guards,
 * references and audit events, the importer as actor — and settles each
 * chunk of rows. Chunks leave the open index partition as they are settled,
 * so every pass reads from its start: a hand-over needs no cursor. One commit works at a
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
  try {
    if ((await commitPages(ctx, runner, wanted, deadline)) === "handover") return "handover";
  } catch (error) {
    // This runner failed but is alive: the lease goes back now, so a retry need not wait for it to lapse.
    await releaseCommitLease(db, id, runner).catch(() => undefined);
    throw error;
  }
  await finish(db, files, id, by);
  return "done";
}

/** The pages of open chunks, each prepared while the one before is written and settled; "handover" when out of time. */
async function commitPages(ctx: CommitContext, runner: string, wanted: Outcome[], deadline: number) {
  const { db } = ctx;
  const id = ctx.job.id;
  // One pass reads the open chunks page after page: the next page's checks and guards overlap the
  // records of the one before. A pass that ends starts again from the first chunk left open (none,
  // but for chunks a failed settling left open), once the page in flight is settled.
  let startKey: Record<string, unknown> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let started = false;
  for (;;) {
    if (startKey === undefined) await writing;
    const page = await openChunks(db, id, { limit: CHUNKS_PER_STEP, startKey });
    if (!page.chunks.length) {
      if (startKey === undefined) break;
      startKey = undefined;
      continue;
    }
    // Every invocation moves on by one page at least; then the time left and the lease are checked.
    if (started && (Date.now() >= deadline || !(await takeCommitLease(db, id, runner)))) {
      await writing;
      await releaseCommitLease(db, id, runner);
      return "handover" as const;
    }
    const rows = page.chunks.flatMap((chunk) => chunk.rows.filter((row) => wanted.includes(row.outcome)));
    const prepared = await prepareChunk(ctx, rows);
    ctx.resumed = false;
    started = true;
    try {
      await writing;
    } catch (error) {
      // The page before failed: this one's guards and counts go back, and the next pass starts again from that page.
      await releaseChunk(ctx, prepared);
      throw error;
    }
    writing = writeChunk(ctx, prepared).then(({ settled }) => settleAll(db, id, page.chunks, settled, wanted));
    // Awaited before the next page's records; a failure meanwhile must not end the process first.
    writing.catch(() => undefined);
    startKey = page.next;
  }
  return "done" as const;
}

async function finish(db: Db, files: ImportFiles, id: string, by: ImportActor) {
  const job = await getImportJob(db, id);
  if (job.status !== "committing") return;
  // Each chunk added its records to the count once, when it was settled (open-chunks.ts).
  const counts = { ...job.counts, skipped: job.counts.rows - job.counts.created };
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

/** Settles the page's chunks, each with the records its rows made and the rows it took. */
async function settleAll(db: Db, id: string, chunks: RowChunk[], settled: Map<number, RowOutcome>, wanted: Outcome[]) {
  for (const chunk of chunks) {
    const mine = chunk.rows.filter((row) => wanted.includes(row.outcome));
    const created = mine.filter((row) => settled.get(row.row)?.outcome === "created").length;
    await settleChunk(db, id, chunk, settled, { created, processed: mine.length });
  }
}
