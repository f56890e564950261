import { auditOp } from "../audit.js";
import type { Caller } from "../caller.js";
import type { Db } from "../db.js";
import { onTable } from "../entity.js";
import { DomainError } from "../errors.js";
import { runWrites } from "../store.js";
import type { ImportFiles } from "./files.js";
import { addCommitted, getImportJob, type ImportJob, type Outcome, updateImportJob } from "./jobs.js";
import { importRegistries } from "./registries.js";
import { claimedRecord, claimOp, countRows, type ImportRow, listRows, settleRow } from "./rows.js";
import type { StepOutcome } from "./validate.js";

const PAGE = 25;

/**
 * The commit: creates the record of every valid row (and of probable
 * duplicates when asked), each through its registry's own create — same
 * checks, guards, references and audit event, the importer as actor — together
 * with the row's claim item. Rows leave the `valid` index partition as they
 * are settled, so every pass reads from its start: a hand-over needs no
 * cursor, and two commits at once create each record once (the claim).
 */
export async function commitImport(db: Db, files: ImportFiles, id: string, deadline = Infinity): Promise<StepOutcome> {
  const job = await getImportJob(db, id);
  if (job.status !== "committing") return "done";
  const importer: Caller = {
    actor: job.createdBy,
    requestId: `import:${id}`,
    regions: job.regions === "all" ? "all" : new Set(job.regions),
  };
  const wanted: Outcome[] = job.createProbableDuplicates ? ["valid", "probable_duplicate"] : ["valid"];
  for (const outcome of wanted) {
    for (;;) {
      const page = await listRows(db, id, { outcome, limit: PAGE });
      if (!page.items.length) break;
      const created = await Promise.all(page.items.map((row) => commitRow(db, importer, job, row)));
      await addCommitted(db, id, created.filter(Boolean).length, page.items.length);
      if (Date.now() >= deadline) return "handover";
    }
  }
  await finish(db, importer, files, id);
  return "done";
}

/** Two transactions on the same row at once: DynamoDB cancels one; it is tried again. */
const ATTEMPTS = 4;
const isClash = (error: DomainError) => error.code === "conflict" && error.message.includes("at the same moment");

/** Creates one row's record; true when this call created it. */
async function commitRow(db: Db, importer: Caller, job: ImportJob, row: ImportRow): Promise<boolean> {
  const repository = importRegistries[job.registry].repository;
  for (let attempt = 1; ; attempt++) {
    try {
      const record = await repository.create(db, importer, row.input, (r) => [claimOp(db, job.id, row.row, r.id)]);
      await settleRow(db, job.id, row, "created", record.id);
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Created by another commit of this import (its claim), or refused since the dry run.
      const recordId = await claimedRecord(db, job.id, row.row);
      if (recordId) {
        await settleRow(db, job.id, row, "created", recordId);
        return false;
      }
      if (isClash(error) && attempt < ATTEMPTS) {
        await new Promise((wait) => setTimeout(wait, 20 * attempt + Math.random() * 30));
        continue;
      }
      await settleRow(db, job.id, row, "skipped", undefined, [
        { column: "", code: "commit_refused", params: { detail: error.message } },
      ]);
      return false;
    }
  }
}

async function finish(db: Db, importer: Caller, files: ImportFiles, id: string) {
  const job = await getImportJob(db, id);
  if (job.status !== "committing") return;
  // Counted on the rows, not added up: another commit of the same import may still be adding its own.
  const created = await countRows(db, id, "created");
  const counts = { ...job.counts, created, skipped: job.counts.rows - created };
  try {
    await updateImportJob(
      db,
      id,
      { status: "committed", counts, progress: { done: job.progress.total, total: job.progress.total } },
      ["committing"],
    );
  } catch (error) {
    if (error instanceof DomainError) return; // another commit of this import finished it a moment ago
    throw error;
  }
  await runWrites(
    db,
    onTable(db, [
      auditOp(importer, {
        entity: "IMPORT",
        entityId: id,
        action: "update",
        before: { status: job.status },
        after: { status: "committed", created: counts.created },
      }),
    ]),
  );
  await files.remove(id);
}
