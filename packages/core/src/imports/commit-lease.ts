import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { jobKey } from "./jobs.js";

/**
 * One commit of an import works at a time: it holds a lease on the job item,
 * renewed after every chunk. Another commit of the same import (a second
 * click, a retried invocation) waits for the job to end or the lease to lapse
 * (its holder died), then goes on where the rows stand.
 */
const LEASE_MS = 2 * 60_000;

/** Takes or renews the lease for `runner`; false when another runner holds it. */
export function takeCommitLease(db: Db, importId: string, runner: string): Promise<boolean> {
  const now = Date.now();
  return leaseUpdate(db, importId, {
    UpdateExpression: "SET commitRunner = :me, commitLeaseUntil = :until",
    ConditionExpression:
      "#status = :committing AND (attribute_not_exists(commitLeaseUntil) OR commitLeaseUntil < :now OR commitRunner = :me)",
    ExpressionAttributeNames: { "#status": "status" },
    ExpressionAttributeValues: { ":me": runner, ":until": now + LEASE_MS, ":now": now, ":committing": "committing" },
  });
}

/** Gives the lease back (a hand-over): the next invocation need not wait for it to lapse. */
export async function releaseCommitLease(db: Db, importId: string, runner: string): Promise<void> {
  await leaseUpdate(db, importId, {
    UpdateExpression: "REMOVE commitRunner, commitLeaseUntil",
    ConditionExpression: "commitRunner = :me",
    ExpressionAttributeValues: { ":me": runner },
  });
}

type LeaseChange = Omit<ConstructorParameters<typeof UpdateCommand>[0], "TableName" | "Key">;

/** The update, or false when its condition does not hold. */
async function leaseUpdate(db: Db, importId: string, change: LeaseChange): Promise<boolean> {
  try {
    await db.doc.send(new UpdateCommand({ TableName: db.tableName, Key: jobKey(importId), ...change }));
    return true;
  } catch (error) {
    if ((error as Error).name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}
