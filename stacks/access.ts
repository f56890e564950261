import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import type { Function as SstFunction, Table } from "sst/constructs";
import { BLOCK_INDEX } from "../packages/core/src/matching/match-item.js";

/**
 * Least privilege, spelled out. SST's `bind` would grant `dynamodb:*` on the table
 * and `s3:*` on a bucket; these grants name each action a function really calls.
 */

/** What the API calls: single-item reads and writes, queries, transactions (guards, counters). */
export const apiTableActions = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:BatchGetItem",
  "dynamodb:TransactWriteItems",
  "dynamodb:ConditionCheckItem",
  // /api/health checks that the table answers.
  "dynamodb:DescribeTable",
];
/** The API signs download links of exports; it never writes them (nor lists the bucket: the table lists them). */
export const apiBucketActions = ["s3:GetObject"];

/**
 * The bilan jobs read the registries in bulk, write snapshots, export entries and files, and move a
 * run's status along; DescribeTable sizes the scan's segments by the table's item count (scan.ts).
 */
export const jobTableActions = [
  "dynamodb:Query",
  "dynamodb:Scan",
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:UpdateItem",
  "dynamodb:DescribeTable",
];
export const jobBucketActions = ["s3:PutObject"];

/**
 * The deploy's index-layout step (lambda/reindex.ts) scans the table, rewrites the index keys of stale items
 * (conditional updates) and reads and writes its marker item.
 */
export const reindexTableActions = ["dynamodb:Scan", "dynamodb:UpdateItem", "dynamodb:GetItem", "dynamodb:PutItem"];

/**
 * The import job reads rows' records and guards (BatchGetItem by chunk), writes guards one by one, rows,
 * records and audit events in batches, takes a refused row's guards back (transactions) and its progress.
 */
export const importTableActions = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:Query",
  "dynamodb:BatchWriteItem",
  "dynamodb:TransactWriteItems",
  "dynamodb:ConditionCheckItem",
];
/**
 * The dry run reads the blocks of possible duplicates fifty at a time, with one PartiQL
 * `SELECT … FROM "<table>"."gsi1" WHERE "gsi1pk" IN [...]` (packages/core/src/matching/find.ts): on that index
 * only, and never as a full scan (DynamoDB refuses a statement without its partition keys under this condition).
 */
export const blockReadActions = ["dynamodb:PartiQLSelect"];
export const noFullScan = { Bool: { "dynamodb:FullTableScan": "false" } };

export function grantBlockReads(fn: SstFunction, table: Table) {
  fn.attachPermissions([
    new PolicyStatement({
      actions: blockReadActions,
      resources: [`${table.tableArn}/index/${BLOCK_INDEX}`],
      conditions: noFullScan,
    }),
  ]);
}

/**
 * Import files: the API signs upload links (PutObject) and checks a file is there (HEAD needs GetObject);
 * the job reads and, after the commit, deletes it.
 */
export const importBucketActions = { api: ["s3:PutObject", "s3:GetObject"], job: ["s3:GetObject", "s3:DeleteObject"] };

/** The table and its indexes (queries on a GSI are authorised on `<table>/index/<name>`). */
export function grantTable(fn: SstFunction, table: Table, actions: string[]) {
  fn.attachPermissions([new PolicyStatement({ actions, resources: [table.tableArn, `${table.tableArn}/index/*`] })]);
}

/** Objects of a bucket, never the bucket itself (no listing, no policy changes). */
export function grantObjects(fn: SstFunction, bucket: IBucket, actions: string[]) {
  fn.attachPermissions([new PolicyStatement({ actions, resources: [bucket.arnForObjects("*")] })]);
}

/** What Lambda's event source mapping calls to read a table's stream for the job. */
export const jobStreamActions = [
  "dynamodb:DescribeStream",
  "dynamodb:GetRecords",
  "dynamodb:GetShardIterator",
  "dynamodb:ListStreams",
];

/**
 * Reading the table's stream, on that stream only. CDK's grantStreamRead would add
 * ListStreams on every resource ("*"); Lambda reads a stream it is given by ARN.
 */
export function grantStreamRead(fn: SstFunction, table: Table, actions: string[]) {
  const stream = table.cdk.table.tableStreamArn;
  if (!stream) throw new Error(`${table.node.id}: the table has no stream to read (set its stream option)`);
  fn.attachPermissions([new PolicyStatement({ actions, resources: [stream] })]);
}
