import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { invalid } from "../errors.js";

/**
 * Past imports, newest first: the latest is the one people come back for.
 * Job ids are ULIDs and sort the index partitions by time, so the query reads
 * them backwards. The cursor is the last key read, bound to its partition.
 */
export async function listImportsNewestFirst<Job>(
  db: Db,
  query: { limit: number; cursor?: string },
  where: { index: "gsi2" | "gsi3"; partitionKey: string },
  toJob: (item: Record<string, unknown>) => Job,
): Promise<{ items: Job[]; nextCursor: string | null }> {
  const pk = `${where.index}pk`;
  const result = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: where.index,
      KeyConditionExpression: "#pk = :pk",
      ExpressionAttributeNames: { "#pk": pk },
      ExpressionAttributeValues: { ":pk": where.partitionKey },
      ScanIndexForward: false,
      // One more than the page: a next page is promised only when it exists.
      Limit: query.limit + 1,
      ExclusiveStartKey: decodeCursor(query.cursor, where.partitionKey),
    }),
  );
  const items = result.Items ?? [];
  const page = items.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    items.length > query.limit && last
      ? Buffer.from(
          JSON.stringify({ p: where.partitionKey, k: pick(last, ["pk", "sk", pk, `${where.index}sk`]) }),
        ).toString("base64url")
      : null;
  return { items: page.map(toJob), nextCursor };
}

const pick = (item: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, item[name]]));

function decodeCursor(cursor: string | undefined, partition: string): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const { p, k } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const key = k as Record<string, unknown>;
    if (p === partition && key && Object.values(key).every((v) => typeof v === "string")) return key;
  } catch {
    // answered below, as any unknown cursor
  }
  throw invalid([{ path: "cursor", message: "Unknown cursor: use the nextCursor of the same list" }]);
}
