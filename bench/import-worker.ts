/**
 * One import end to end in its own process (so its peak RSS is its own): the
 * file uploaded, the dry run (duplicate detection on), the commit.
 * argv: JSON { endpoint, piiKey, file } → JSON { seconds, validateSeconds, commitSeconds, peakRss, counts }.
 */

import { createReadStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemCaller } from "@entraide/core/caller";
import { createDb } from "@entraide/core/db";
import { createImportJob, getImportJob, updateImportJob } from "@entraide/core/imports/jobs";
import { runImportStep } from "@entraide/core/imports/run";
import { folderImportFiles } from "../packages/functions/src/imports/folder-files.js";
import { workerArgument } from "./child.js";

const job = JSON.parse(workerArgument()) as { endpoint: string; piiKey: string; file: string };
const db = {
  ...createDb({ tableName: "entraide", endpoint: job.endpoint, piiKey: job.piiKey }),
  audit: { actor: "user:bench" },
};
const files = folderImportFiles(mkdtempSync(join(tmpdir(), "entraide-bench-import-")));
let peakRss = process.memoryUsage().rss;
const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const started = performance.now();
const created = await createImportJob(
  db,
  systemCaller,
  { registry: "beneficiaries", format: "csv", fileName: "bench.csv" },
  "all",
);
await files.receive(created.id, createReadStream(job.file), 50 * 2 ** 20);
await updateImportJob(db, created.id, { status: "validating" }, ["awaiting_file"]);
while ((await runImportStep(db, files, created.id)) === "handover");
const validated = performance.now();
const afterDryRun = await getImportJob(db, created.id);
await updateImportJob(
  db,
  created.id,
  { status: "committing", progress: { done: 0, total: afterDryRun.counts.valid } },
  ["validated"],
);
while ((await runImportStep(db, files, created.id)) === "handover");
const done = performance.now();
clearInterval(timer);
const { counts, status } = await getImportJob(db, created.id);
console.log(
  JSON.stringify({
    status,
    counts,
    peakRss,
    seconds: (done - started) / 1000,
    validateSeconds: (validated - started) / 1000,
    commitSeconds: (done - validated) / 1000,
  }),
);
process.exit(0);
