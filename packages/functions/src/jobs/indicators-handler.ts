import { type BilanRun, getRun } from "@entraide/core/indicators/runs";
import middy from "@middy/core";
import type { ZodError } from "zod";
import { executeRun, type JobDeps, startAndRun } from "./bilan-job.js";
import { insertedRuns, isStreamEvent, RunInsertedEvent } from "./run-stream.js";
import { IndicatorsEvent, scheduledRun } from "./schedule.js";

/** What starts the job: a schedule or a direct invocation (IndicatorsEvent), or new runs on the table's stream. */
type JobEvent = IndicatorsEvent | { mode: "stream"; runs: BilanRun[] };

const refusal = (error: ZodError) =>
  new Error(
    `Invalid indicators event: ${error.issues.map((i) => `${i.path.join(".") || "event"}: ${i.message}`).join("; ")}`,
  );

/** Refuses an event that is none of those, naming what is wrong. */
const validEvent: middy.MiddlewareObj<unknown> = {
  before: (request) => {
    if (isStreamEvent(request.event)) {
      const parsed = RunInsertedEvent.safeParse(request.event);
      if (!parsed.success) throw refusal(parsed.error);
      request.event = { mode: "stream", runs: insertedRuns(parsed.data) } satisfies JobEvent;
      return;
    }
    const parsed = IndicatorsEvent.safeParse(request.event);
    if (!parsed.success) throw refusal(parsed.error);
    request.event = parsed.data;
  },
};

/** The bilan job: the same handler for the Lambda triggers (schedules, the table's stream) and the local scheduler. */
export function createIndicatorsHandler(deps: JobDeps) {
  return middy<unknown, unknown>()
    .use(validEvent)
    .handler(async (input) => {
      const event = input as JobEvent;
      if (event.mode === "stream") {
        // One at a time (the trigger's batch is one record): a failure fails the batch, and Lambda retries it.
        const done: BilanRun[] = [];
        for (const run of event.runs) done.push(log("stream", await executeRun(deps, run)));
        return done;
      }
      const scheduled = event.mode === "run" ? undefined : scheduledRun(event.mode);
      const run = scheduled
        ? await startAndRun(deps, scheduled.year, scheduled.trigger, scheduled.runKey)
        : await executeRun(
            deps,
            await getRun(deps.db, (event as { year: number }).year, (event as { runId: string }).runId),
          );
      return log(event.mode, run);
    });
}

function log(mode: string, run: BilanRun): BilanRun {
  console.log(
    JSON.stringify({
      level: "info",
      job: "indicators",
      mode,
      year: run.year,
      runId: run.runId,
      status: run.status,
      snapshotId: run.snapshotId,
    }),
  );
  return run;
}
