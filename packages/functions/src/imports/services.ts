import type { Db } from "@entraide/core/db";
import type { ImportFiles } from "@entraide/core/imports/files";
import { updateImportJob } from "@entraide/core/imports/jobs";
import { runImportStep } from "@entraide/core/imports/run";
import type { Readable } from "node:stream";

/**
 * What the import routes need besides the table: where files go, how the
 * caller uploads one, and how a job is started. Under `npm start` and in tests
 * the file goes to DATA_DIR through the API and the job runs in this process;
 * in AWS the file goes to S3 by a presigned PUT and the job runs in Lambda.
 */
export interface ImportServices {
  files: ImportFiles;
  /** Where the caller PUTs the file: this API's own route, or a presigned S3 URL. */
  uploadUrl(importId: string, apiOrigin: string): Promise<string>;
  /** Stores a file sent to the API's own upload route; undefined when uploads go elsewhere (S3). */
  receive?(importId: string, body: Readable, maxBytes: number): Promise<number>;
  /** Starts (or resumes) the job's current phase without waiting for it. */
  launch(importId: string): Promise<void>;
}

/** Runs the job in this process until done; `settled()` waits for the jobs still going (tests, shutdown). */
export function inProcessImportLauncher(db: Db, files: ImportFiles) {
  const going = new Set<Promise<unknown>>();
  const launch = async (id: string) => {
    const work = (async () => {
      while ((await runImportStep(db, files, id)) === "handover");
    })().catch(async (error: Error) => {
      console.error(JSON.stringify({ level: "error", job: "import", importId: id, message: error.message }));
      const problem = { code: "unreadable", params: { detail: "internal error" } };
      await updateImportJob(db, id, { status: "failed", problem }, ["validating", "committing"]).catch(() => undefined);
    });
    going.add(work);
    void work.finally(() => going.delete(work));
  };
  return Object.assign(launch, { settled: async () => void (await Promise.all([...going])) });
}
