import middy from "@middy/core";
import { getRun } from "@entraide/core/indicators/runs";
import { executeRun, startAndRun, type JobDeps } from "./bilan-job.js";
import { IndicatorsEvent, scheduledRun } from "./schedule.js";

/** Refuses an event that is not one of IndicatorsEvent, naming what is wrong. */
const validEvent: middy.MiddlewareObj<unknown> = {
  before: (request) => {
    const parsed = IndicatorsEvent.safeParse(request.event);
    if (!parsed.success) {
      throw new Error(`Invalid indicators event: ${parsed.error.issues.map((i) => `${i.path.join(".") || "event"}: ${i.message}`).join("; ")}`);
    }
    request.event = parsed.data;
  },
};

/** The bilan job: the same handler for the Lambda schedules and the local scheduler. */
export function createIndicatorsHandler(deps: JobDeps) {
  return middy<unknown, unknown>()
    .use(validEvent)
    .handler(async (input) => {
      const event = input as IndicatorsEvent;
      const scheduled = event.mode === "run" ? undefined : scheduledRun(event.mode);
      const run = scheduled
        ? await startAndRun(deps, scheduled.year, scheduled.trigger, scheduled.runKey)
        : await executeRun(deps, await getRun(deps.db, (event as { year: number }).year, (event as { runId: string }).runId));
      console.log(JSON.stringify({ level: "info", job: "indicators", mode: event.mode, year: run.year, status: run.status, snapshotId: run.snapshotId }));
      return run;
    });
}
