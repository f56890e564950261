import type { Db } from "../db.js";
import { commitImport } from "./commit.js";
import type { ImportFiles } from "./files.js";
import { getImportJob } from "./jobs.js";
import { type StepOutcome, validateImport } from "./validate.js";

/**
 * One step of an import job, whatever its phase: the same code runs in the
 * process under `npm start` (until done) and in Lambda (until shortly before
 * its time limit, then hands over to the next invocation).
 */
export async function runImportStep(db: Db, files: ImportFiles, id: string, deadline = Infinity): Promise<StepOutcome> {
  const job = await getImportJob(db, id);
  if (job.status === "validating") return validateImport(db, files, id, deadline);
  if (job.status === "committing") return commitImport(db, files, id, deadline);
  return "done";
}
