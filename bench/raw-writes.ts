/**
 * The floor of bulk loading: the very items the seed wrote, replayed from a
 * JSON-lines file as raw BatchWriteItem calls (25 a batch, as many in flight as
 * the seed), into an empty table. argv: JSON { endpoint, table, file, inFlight } → JSON { items, seconds }.
 */

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { workerArgument } from "./child.js";

const job = JSON.parse(workerArgument()) as { endpoint: string; table: string; file: string; inFlight: number };
const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint: job.endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  }),
);

async function write(batch: Record<string, unknown>[]) {
  let requests = batch.map((Item) => ({ PutRequest: { Item } }));
  while (requests.length) {
    const result = await doc.send(new BatchWriteCommand({ RequestItems: { [job.table]: requests } }));
    requests = (result.UnprocessedItems?.[job.table] ?? []) as typeof requests;
  }
}

// Read every item first: the floor times the writes alone.
const items: Record<string, unknown>[] = [];
for await (const line of createInterface({ input: createReadStream(job.file) })) if (line) items.push(JSON.parse(line));
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: job.inFlight }, async () => {
    while (next < items.length) {
      const from = next;
      next += 25;
      await write(items.slice(from, from + 25));
    }
  }),
);
console.log(JSON.stringify({ items: items.length, seconds: (performance.now() - started) / 1000 }));
