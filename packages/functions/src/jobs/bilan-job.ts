import type { Db } from "@entraide/core/db";
import { type ComputeOptions, computeBilan } from "@entraide/core/indicators/compute";
import { type BilanRun, createRun, updateRun } from "@entraide/core/indicators/runs";
import {
  FrozenYearError,
  getLatestSnapshot,
  type Snapshot,
  saveSnapshot,
  snapshotId,
} from "@entraide/core/indicators/snapshots";
import { recordExport } from "./export-catalog.js";
import { type ExportStore, exportIdOf } from "./export-store.js";
import { bilanCsv } from "./exports/csv.js";
import { bilanXlsx } from "./exports/xlsx.js";

export interface JobDeps {
  db: Db;
  store: ExportStore;
  onProgress?: ComputeOptions["onProgress"];
  now?: () => Date;
  /** How the figures are computed: from the table (computeBilan) unless told otherwise. */
  compute?: typeof computeBilan;
}

export interface JobOutcome {
  status: "succeeded" | "skipped";
  snapshot: Snapshot;
}

/** The closing run freezes the year; the others leave it open to later runs. */
const freezes = (run: BilanRun) => run.trigger === "closing";

/**
 * Computes a year's bilan, writes and lists its exports, then stores its
 * snapshot: the snapshot comes last, so a run that crashed midway leaves no
 * snapshot pointing at missing files, and its rerun (same year and run key)
 * writes the same snapshot id, export files and entries over the partial ones.
 */
export async function runBilan(deps: JobDeps, run: BilanRun): Promise<JobOutcome> {
  const latest = await getLatestSnapshot(deps.db, run.year);
  if (latest?.frozen) return { status: "skipped", snapshot: latest };
  const bilan = await (deps.compute ?? computeBilan)(deps.db, run.year, { onProgress: deps.onProgress });
  const snapshot: Snapshot = {
    ...bilan,
    id: snapshotId(run.year, run.runKey),
    runKey: run.runKey,
    runId: run.runId,
    computedAt: (deps.now?.() ?? new Date()).toISOString(),
    frozen: freezes(run),
    exports: (["csv", "xlsx", "json"] as const).map((format) => exportIdOf(run.year, run.runKey, format)),
  };
  const [csv, xlsx, json] = snapshot.exports as [string, string, string];
  await publish(deps, csv, bilanCsv(snapshot));
  await publish(deps, xlsx, await bilanXlsx(snapshot));
  await publish(deps, json, Buffer.from(JSON.stringify(snapshot, null, 2)));
  await saveSnapshot(deps.db, snapshot);
  return { status: "succeeded", snapshot };
}

/** Writes an export file, then lists it (export-catalog.ts): the list never names a file not written. */
async function publish(deps: JobDeps, id: string, body: Buffer) {
  await deps.store.put(id, body);
  await recordExport(deps.db, id, body.length, deps.now?.() ?? new Date());
}

/** Runs one recorded run and keeps its status up to date for whoever follows it. */
export async function executeRun(deps: JobDeps, run: BilanRun): Promise<BilanRun> {
  const started = await updateRun(deps.db, run, { status: "running", startedAt: new Date().toISOString() });
  try {
    const { status, snapshot } = await runBilan({ ...deps, onProgress: recordingProgress(deps, started) }, started);
    const message = status === "skipped" ? `The bilan of ${run.year} is closed; its frozen snapshot stands` : undefined;
    return await updateRun(deps.db, started, {
      status,
      snapshotId: snapshot.id,
      finishedAt: new Date().toISOString(),
      message,
    });
  } catch (error) {
    const message =
      error instanceof FrozenYearError ? error.message : `The computation failed: ${(error as Error).message}`;
    await updateRun(deps.db, started, {
      status: error instanceof FrozenYearError ? "skipped" : "failed",
      finishedAt: new Date().toISOString(),
      message,
    });
    throw error;
  }
}

/** Passes progress on, and writes it on the run at most once a second, for whoever follows it. */
function recordingProgress(deps: JobDeps, run: BilanRun): JobDeps["onProgress"] {
  let last = 0;
  return (pass, read) => {
    deps.onProgress?.(pass, read);
    if (Date.now() - last < PROGRESS_EVERY_MS) return;
    last = Date.now();
    // Progress is a courtesy: a failed write of it must not fail the run.
    updateRun(deps.db, run, { progress: { pass, read } }).catch(() => undefined);
  };
}
const PROGRESS_EVERY_MS = 1000;

/** Records a run and executes it at once (schedules and the command line). */
export async function startAndRun(deps: JobDeps, year: number, trigger: BilanRun["trigger"], runKey?: string) {
  return executeRun(deps, await createRun(deps.db, year, trigger, runKey));
}
