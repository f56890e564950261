import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { pause } from "./batch-io.js";
import { jobKey } from "./jobs.js";
import { chunkRows, openChunksKey, outcomeOf, type RowChunk, type RowOutcome, rowsPartition } from "./rows.js";

/**
 * The commit's side of the row chunks (rows.ts): the chunks it has not been
 * through yet, read from their sparse index partition, and each chunk
 * settled — its rows' new outcomes, out of that partition, and the job's
 * counts — in one transaction, so that a chunk counts once however many
 * passes or commits try it.
 */
export async function openChunks(
  db: Db,
  importId: string,
  page: { limit: number; startKey?: Record<string, unknown> },
): Promise<{ chunks: RowChunk[]; next?: Record<string, unknown> }> {
  const result = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": openChunksKey(importId) },
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
    }),
  );
  const chunks = (result.Items ?? []).map((item) => ({ sk: item.sk as string, rows: chunkRows(db, importId, item) }));
  return { chunks, next: result.LastEvaluatedKey };
}

const ATTEMPTS = 10;

/**
 * Settles a chunk: the outcomes of its rows after the commit (`settled`, by
 * row; others unchanged), and the job's created count and progress. Answers
 * false when the chunk was settled already (by an earlier pass or another commit).
 */
export async function settleChunk(
  db: Db,
  importId: string,
  chunk: RowChunk,
  settled: Map<number, RowOutcome>,
  added: { created: number; processed: number },
): Promise<boolean> {
  const outcomes = chunk.rows.map((row) => settled.get(row.row) ?? outcomeOf(row));
  for (let attempt = 0; ; attempt++) {
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: db.tableName,
                Key: { pk: rowsPartition(importId), sk: chunk.sk },
                UpdateExpression: "SET outcomes = :outcomes REMOVE gsi1pk, gsi1sk",
                ConditionExpression: "attribute_exists(gsi1pk)",
                ExpressionAttributeValues: { ":outcomes": JSON.stringify(outcomes) },
              },
            },
            {
              Update: {
                TableName: db.tableName,
                Key: jobKey(importId),
                UpdateExpression: "ADD #counts.#created :c, #progress.#done :p",
                ExpressionAttributeNames: {
                  "#counts": "counts",
                  "#created": "created",
                  "#progress": "progress",
                  "#done": "done",
                },
                ExpressionAttributeValues: { ":c": added.created, ":p": added.processed },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons[0]?.Code === "ConditionalCheckFailed") return false;
      // The job item is also written by the lease and the progress: a clash is tried again.
      if (!reasons.some((reason) => reason.Code === "TransactionConflict") || attempt >= ATTEMPTS) throw error;
      await pause(attempt + 1);
    }
  }
}
