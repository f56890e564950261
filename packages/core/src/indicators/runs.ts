import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import * as z from "zod";
import { auditOp } from "../audit.js";
import { type Caller, systemCaller } from "../caller.js";
import type { Db } from "../db.js";
import { writeAll } from "../entity.js";
import { DomainError, notFound } from "../errors.js";
import { bilanPartition } from "./snapshots.js";

export const RunStatus = z.enum(["queued", "running", "succeeded", "skipped", "failed"]);
export const RunTrigger = z.enum(["nightly", "closing", "manual"]);

/** One computation of a year's bilan, followed by whoever started it. */
export const BilanRun = z.object({
  runId: z.string(),
  year: z.number().int(),
  trigger: RunTrigger,
  /** Names the snapshot and the exports: the same key, the same files. */
  runKey: z.string(),
  status: RunStatus,
  requestedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().optional(),
  finishedAt: z.iso.datetime().optional(),
  snapshotId: z.string().optional(),
  message: z.string().optional(),
  /** While running: the pass (1 reference records, 2 the scan of people and their records) and the items read so far. */
  progress: z.object({ pass: z.number().int(), read: z.number().int() }).optional(),
});
export type BilanRun = z.infer<typeof BilanRun>;

/** The `entity` of run items: the job function's stream trigger selects their INSERTs by it. */
export const RUN_ENTITY = "BILAN_RUN";

const runKey = (year: number, runId: string) => ({ pk: bilanPartition(year), sk: `RUN#${runId}` });

export async function createRun(
  db: Db,
  year: number,
  trigger: BilanRun["trigger"],
  key?: string,
  caller: Caller = systemCaller,
): Promise<BilanRun> {
  const runId = ulid();
  const run: BilanRun = {
    runId,
    year,
    trigger,
    runKey: key ?? `run-${runId.toLowerCase()}`,
    status: "queued",
    requestedAt: new Date().toISOString(),
  };
  // Starting a run is a change like any other: it is audited in the same transaction.
  await writeAll(db, [
    {
      item: {
        Put: {
          TableName: "",
          Item: { ...run, ...runKey(year, runId), entity: RUN_ENTITY },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      onConditionFailed: () => new DomainError("conflict", "Two runs got the same id; retry"),
    },
    auditOp(caller, { entity: RUN_ENTITY, entityId: runId, action: "create", after: run }),
  ]);
  return run;
}

export async function getRun(db: Db, year: number, runId: string): Promise<BilanRun> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: runKey(year, runId), ConsistentRead: true }),
  );
  if (!Item) throw notFound("run", runId);
  const { pk: _pk, sk: _sk, entity: _entity, ...run } = Item;
  return run as BilanRun;
}

export async function updateRun(
  db: Db,
  run: BilanRun,
  change: Partial<Pick<BilanRun, "status" | "startedAt" | "finishedAt" | "snapshotId" | "message" | "progress">>,
) {
  const entries = Object.entries(change).filter(([, v]) => v !== undefined);
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: runKey(run.year, run.runId),
      UpdateExpression: `SET ${entries.map((_, i) => `#n${i} = :v${i}`).join(", ")}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name], i) => [`#n${i}`, name])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, value], i) => [`:v${i}`, value])),
    }),
  );
  return { ...run, ...change };
}
