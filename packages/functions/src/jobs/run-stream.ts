import { unmarshall } from "@aws-sdk/util-dynamodb";
import { BilanRun, RUN_ENTITY } from "@entraide/core/indicators/runs";
import * as z from "zod";
import type { RunLauncher } from "./launcher.js";

/**
 * Runs asked over HTTP, in AWS: the API records the run (status queued) and
 * answers; the run item's INSERT on the table's stream starts the job function,
 * which executes it (stacks/Jobs.ts). A year at full scale takes minutes, longer
 * than an API Gateway request may last; Lambda retries a failed run, then parks it
 * in the dead-letter queue, and the run key keeps a retry idempotent.
 */

/**
 * The stream records that start the job, as a Lambda event filter: INSERTs of runs
 * still queued and asked by staff. Scheduled runs are recorded by the job itself,
 * which executes them at once: their INSERTs must not start a second execution.
 */
export const queuedRunInserts = {
  eventName: ["INSERT"],
  dynamodb: {
    NewImage: {
      entity: { S: [RUN_ENTITY] },
      status: { S: ["queued" satisfies BilanRun["status"]] },
      trigger: { S: ["manual" satisfies BilanRun["trigger"]] },
    },
  },
};

/** Nothing to do in the API: the INSERT it just wrote starts the job. */
export const startedByTableStream: RunLauncher = async () => {};

/** A DynamoDB Streams event, as far as the job reads it: new run items (the filter above lets nothing else through). */
export const RunInsertedEvent = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal("aws:dynamodb"),
        eventName: z.literal("INSERT", { error: "Expected an INSERT: only new runs start the job" }),
        dynamodb: z.object({ NewImage: z.record(z.string(), z.record(z.string(), z.unknown())) }),
      }),
    )
    .min(1, "Expected at least one stream record"),
});
export type RunInsertedEvent = z.infer<typeof RunInsertedEvent>;

/** Whether an event comes from the table's stream (rather than a schedule or a direct invocation). */
export const isStreamEvent = (event: unknown): boolean =>
  typeof event === "object" && event !== null && "Records" in event;

/** The runs a stream event carries, each checked to be a run. */
export function insertedRuns(event: RunInsertedEvent): BilanRun[] {
  return event.Records.map((record, i) => {
    const item = unmarshall(record.dynamodb.NewImage as unknown as Parameters<typeof unmarshall>[0]);
    const run = BilanRun.safeParse(item);
    if (!run.success || item.entity !== RUN_ENTITY) {
      throw new Error(
        `Invalid indicators event: Records.${i}.dynamodb.NewImage is not a run (${run.error?.issues.map((issue) => issue.path.join(".")).join(", ") || `entity ${String(item.entity)}`})`,
      );
    }
    return run.data;
  });
}
