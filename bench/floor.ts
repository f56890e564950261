/**
 * The engine's own floor: the same DynamoDB operations the API issues for a
 * scenario, sent directly with the SDK at the same concurrency, from a second process.
 * argv: JSON { endpoint, table, scenario, connections, seconds, ids, runTag } → JSON { rps, p50, p99, errors }.
 */

import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { must } from "../test/support/must.js";
import { workerArgument } from "./child.js";

const job = JSON.parse(workerArgument());
const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint: job.endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  }),
);
let counter = 0;

const operations: Record<string, () => Promise<unknown>> = {
  "get-center": () =>
    doc.send(
      new GetCommand({
        TableName: job.table,
        Key: { pk: `CENTER#${job.ids[counter++ % job.ids.length]}`, sk: "CENTER" },
      }),
    ),
  "page-beneficiaries": () =>
    doc.send(
      new QueryCommand({
        TableName: job.table,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: { ":p": "BENEFICIARY#PROVINCE#MA-CAS" },
        Limit: 51,
      }),
    ),
  "post-beneficiary": () => {
    const id = randomUUID();
    return doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: job.table,
              Item: {
                pk: `FLOOR#${id}`,
                sk: "FLOOR",
                firstName: "Aicha",
                lastName: "Benali",
                categories: ["woman"],
                version: 1,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          {
            Put: {
              TableName: job.table,
              Item: { pk: `FLOORGUARD#${job.runTag}${counter++}`, sk: "GUARD", owner: id },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          // The API writes its audit event in the same transaction.
          {
            Put: {
              TableName: job.table,
              Item: { pk: `FLOORAUDIT#${id}`, sk: "AUDIT", action: "create", entity: "BENEFICIARY" },
            },
          },
        ],
      }),
    );
  },
};

const latencies: number[] = [];
let errors = 0;
const run = must(operations[job.scenario], `a floor for the scenario ${job.scenario}`);
const deadline = performance.now() + job.seconds * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: job.connections }, async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await run();
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
console.log(JSON.stringify({ rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors }));
