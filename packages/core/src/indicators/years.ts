import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { bilanPartition } from "./snapshots.js";

export interface BilanYearSummary {
  year: number;
  /** provisional: computed nightly, may change; frozen: the closing bilan of 5 January. */
  status: "provisional" | "frozen";
  computedAt: string;
  runId: string | null;
}

/** DynamoDB reads at most 100 keys in one BatchGetItem. */
const BATCH = 100;

/**
 * The years that have a bilan among `years`, newest first: one read of each
 * year's LATEST item, batched (no scan: a year's bilan lives in its own partition).
 */
export async function listBilanYears(db: Db, years: number[]): Promise<BilanYearSummary[]> {
  const found: BilanYearSummary[] = [];
  for (let i = 0; i < years.length; i += BATCH) {
    let keys: Array<Record<string, unknown>> = years.slice(i, i + BATCH).map((year) => ({ pk: bilanPartition(year), sk: "LATEST" }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      const answer = await db.doc.send(
        new BatchGetCommand({
          RequestItems: {
            [db.tableName]: { Keys: keys, ConsistentRead: true, ProjectionExpression: "#y, computedAt, frozen, runId", ExpressionAttributeNames: { "#y": "year" } },
          },
        }),
      );
      for (const item of answer.Responses?.[db.tableName] ?? []) {
        found.push({ year: item.year, status: item.frozen ? "frozen" : "provisional", computedAt: item.computedAt, runId: item.runId ?? null });
      }
      keys = answer.UnprocessedKeys?.[db.tableName]?.Keys ?? [];
      if (keys.length > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
    }
  }
  return found.sort((a, b) => b.year - a.year);
}
