import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { systemCaller } from "@entraide/core/caller";
import type { Db } from "@entraide/core/db";
import { createImportJob, type ImportJob, updateImportJob } from "@entraide/core/imports/jobs";
import { folderImportFiles } from "../../packages/functions/src/imports/folder-files.js";

/** An import job whose CSV file has arrived (in a folder of its own), ready for its dry run: core's steps, no API. */
export async function importJobWithFile(db: Db, registry: ImportJob["registry"], file: Buffer) {
  const files = folderImportFiles(mkdtempSync(join(tmpdir(), "entraide-import-job-")));
  const job = await createImportJob(db, systemCaller, { registry, format: "csv", fileName: "a.csv" }, "all");
  await files.receive(job.id, Readable.from([file]), 50e6);
  await updateImportJob(db, job.id, { status: "validating" }, ["awaiting_file"]);
  return { files, id: job.id };
}
