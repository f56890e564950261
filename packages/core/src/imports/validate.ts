import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { BulkWriter } from "../bulk.js";
import type { Db } from "../db.js";
import { BlockCache } from "./blocks.js";
import { type Checked, checkInTable, checkOwn, isBlank, type RowContext, readGuards, remember } from "./check-row.js";
import { type ColumnMapping, mapColumns } from "./columns.js";
import { type ImportFiles, MAX_FILE_BYTES, MAX_ROWS } from "./files.js";
import { type Counts, getImportJob, type ImportJob, updateImportJob, zeroCounts } from "./jobs.js";
import { ImportFileError, readRows } from "./read-file.js";
import { importRegistries } from "./registries.js";
import { chunkKeysFrom, type ImportRow, rowChunkItems } from "./rows.js";

/** Rows checked at once: their table reads run together. Once the step's time is up, smaller batches end it sooner. */
const BATCH = 256;
const LAST_BATCH = 64;
const PROGRESS_EVERY_MS = 1000;

export type StepOutcome = "done" | "handover";

/**
 * The dry run: reads the file twice, streamed — once to check its header and
 * count its rows (the progress bar's total, and the 200,000-row limit before
 * anything is written), then to check every row and keep its outcome. Stops at
 * `deadline` (ms since epoch) after a batch and says "handover": the next call
 * goes on where it stopped.
 */
export async function validateImport(
  db: Db,
  files: ImportFiles,
  id: string,
  deadline = Infinity,
): Promise<StepOutcome> {
  let job = await getImportJob(db, id);
  if (job.status !== "validating") return "done";
  try {
    if (!job.columns) job = await survey(db, files, job);
    return await checkRows(db, files, job, deadline);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    await updateImportJob(db, id, { status: "failed", problem: { code: error.code, params: error.params } }, [
      "validating",
    ]);
    return "done";
  }
}

async function openFile(files: ImportFiles, id: string) {
  const stream = await files.open(id);
  if (!stream) throw new ImportFileError("no_file");
  return stream;
}

async function survey(db: Db, files: ImportFiles, job: ImportJob): Promise<ImportJob> {
  const size = await files.size(job.id);
  if (size === undefined) throw new ImportFileError("no_file");
  if (size === 0) throw new ImportFileError("empty_file");
  if (size > MAX_FILE_BYTES) throw new ImportFileError("too_large", { limit: "50 MB" });
  let mapping: ColumnMapping | undefined;
  let total = 0;
  for await (const row of readRows(await openFile(files, job.id))) {
    if (!mapping) {
      if (isBlank(row)) throw new ImportFileError("empty_file");
      mapping = mapColumns(importRegistries[job.registry], row.cells);
      if (mapping.missing.length) throw new ImportFileError("missing_columns", { columns: mapping.missing.join(", ") });
      continue;
    }
    if (isBlank(row)) continue;
    if (++total > MAX_ROWS) throw new ImportFileError("too_many_rows", { limit: String(MAX_ROWS) });
  }
  if (!mapping || total === 0) throw new ImportFileError("empty_file");
  const fields: Partial<ImportJob> = {
    columns: { titles: mapping.titles, fields: mapping.fields },
    unknownColumns: mapping.unknown,
    progress: { done: 0, total },
    counts: { ...zeroCounts(), rows: total },
    resumeAt: 0,
  };
  await updateImportJob(db, job.id, fields, ["validating"]);
  return { ...job, ...fields };
}

const countKey: Record<string, keyof Counts> = {
  valid: "valid",
  invalid: "invalid",
  duplicate: "duplicates",
  probable_duplicate: "probableDuplicates",
};

async function checkRows(db: Db, files: ImportFiles, job: ImportJob, deadline: number): Promise<StepOutcome> {
  const registry = importRegistries[job.registry];
  if (!job.columns) throw new Error(`import ${job.id}: rows checked before the columns were surveyed`);
  const { titles, fields } = job.columns;
  const ctx: RowContext = {
    db,
    job,
    registry,
    mapping: { titles, fields, unknown: [], missing: [] },
    seenKeys: new Map(),
    seenPeople: new Map(),
    guards: new Map(),
    regionCache: new Map(),
    blocks: new BlockCache(db),
  };
  const counts = { ...job.counts };
  let done = job.progress.done;
  const writer = new BulkWriter(db, { inFlight: 4 });
  // Chunks a stopped step wrote after its last saved row are written anew (their rows may be cut otherwise).
  for (const key of await chunkKeysFrom(db, job.id, job.resumeAt ?? 0))
    await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: key }));
  let batch: Checked[] = [];
  let lastReport = Date.now();
  let lastRow = 0;

  const save = (extra: Partial<ImportJob>) =>
    updateImportJob(
      db,
      job.id,
      { counts, progress: { done, total: job.progress.total }, resumeAt: lastRow + 1, ...extra },
      ["validating"],
    );
  const flushBatch = async () => {
    // The blocks of the rows that may need them are queried while the guards are read.
    if (registry.people)
      for (const checked of batch)
        if (checked.record && checked.result.outcome !== "duplicate") ctx.blocks.warm(checked.record);
    ctx.guards = await readGuards(db, batch);
    const results: ImportRow[] = await Promise.all(batch.map((checked) => checkInTable(ctx, checked)));
    batch = [];
    for (const result of results) {
      const key = countKey[result.outcome];
      if (!key) throw new Error(`import ${job.id}: unknown row outcome ${result.outcome}`);
      counts[key]++;
    }
    done += results.length;
    await writer.add(rowChunkItems(db, job.id, results));
  };

  let header = true;
  for await (const fileRow of readRows(await openFile(files, job.id))) {
    if (header) {
      header = false;
      continue;
    }
    if (isBlank(fileRow)) continue;
    const checked = checkOwn(ctx, fileRow);
    remember(ctx, checked);
    // After a hand-over, earlier rows only tell which CINs and people the file had already.
    if (fileRow.row < (job.resumeAt ?? 0)) continue;
    batch.push(checked);
    lastRow = fileRow.row;
    if (batch.length < (Date.now() >= deadline ? LAST_BATCH : BATCH)) continue;
    await flushBatch();
    if (Date.now() >= deadline) {
      await writer.flush();
      await save({});
      return "handover";
    }
    if (Date.now() - lastReport > PROGRESS_EVERY_MS) {
      lastReport = Date.now();
      await save({});
    }
  }
  await flushBatch();
  await writer.flush();
  await save({ status: "validated" });
  return "done";
}
