import type { BilanRun } from "@entraide/core/indicators/runs";
import { executeRun, type JobDeps } from "./bilan-job.js";

/** Starts a recorded run without waiting for it; whoever asked follows its status. */
export type RunLauncher = (run: BilanRun) => Promise<void>;

/**
 * `npm start` and tests: the run goes on in this process after the answer
 * (in AWS the table's stream starts the job function: run-stream.ts).
 * `settled()` waits for the runs still going (tests, shutdown).
 */
export function inProcessLauncher(deps: JobDeps): RunLauncher & { settled(): Promise<void> } {
  const going = new Set<Promise<unknown>>();
  const launch = async (run: BilanRun) => {
    const work = executeRun(deps, run).catch((error: Error) =>
      console.error(JSON.stringify({ level: "error", job: "indicators", runId: run.runId, message: error.message })),
    );
    going.add(work);
    void work.finally(() => going.delete(work));
  };
  return Object.assign(launch, { settled: async () => void (await Promise.all([...going])) });
}
