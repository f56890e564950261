import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import type { Function as SstFunction, Table } from "sst/constructs";

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
/** The API signs download links of exports (and lists them, see grantListing); it never writes them. */
export const apiBucketActions = ["s3:GetObject"];

/** The bilan jobs read the registries in bulk, write snapshots and export files, and move a run's status along. */
export const jobTableActions = ["dynamodb:Query", "dynamodb:Scan", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:BatchWriteItem", "dynamodb:UpdateItem"];
export const jobBucketActions = ["s3:PutObject"];

/** The table and its indexes (queries on a GSI are authorised on `<table>/index/<name>`). */
export function grantTable(fn: SstFunction, table: Table, actions: string[]) {
  fn.attachPermissions([new PolicyStatement({ actions, resources: [table.tableArn, `${table.tableArn}/index/*`] })]);
}

/** Objects of a bucket, never the bucket itself (no listing, no policy changes). */
export function grantObjects(fn: SstFunction, bucket: IBucket, actions: string[]) {
  fn.attachPermissions([new PolicyStatement({ actions, resources: [bucket.arnForObjects("*")] })]);
}

/** Listing one prefix of a bucket (ListObjectsV2 is authorised on the bucket, narrowed by prefix). */
export function grantListing(fn: SstFunction, bucket: IBucket, prefix: string) {
  fn.attachPermissions([
    new PolicyStatement({ actions: ["s3:ListBucket"], resources: [bucket.bucketArn], conditions: { StringLike: { "s3:prefix": [`${prefix}*`] } } }),
  ]);
}
