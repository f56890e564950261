import type { Db } from "@entraide/core/db";
import type { ImportFiles } from "@entraide/core/imports/files";
import { updateImportJob } from "@entraide/core/imports/jobs";
import { runImportStep } from "@entraide/core/imports/run";

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
