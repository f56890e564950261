import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from "aws-cdk-lib/aws-s3";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Function as SstFunction, type StackContext, use } from "sst/constructs";
import { importNodeOptions } from "../packages/functions/src/imports/heap.js";
import { importTicketInserts } from "../packages/functions/src/jobs/import-stream.js";
import {
  grantBlockReads,
  grantObjects,
  grantStreamRead,
  grantTable,
  importBucketActions,
  importTableActions,
  jobStreamActions,
} from "./access.js";
import { ConsoleHost } from "./ConsoleHost.js";
import { Data } from "./Data.js";
import { functionEnvironment } from "./environment.js";
import { stageSettings } from "./settings.js";

export const importsHandler = "packages/functions/src/lambda/imports.handler";
/** Uploaded files are deleted by the commit; the ones never committed, after this. */
export const UPLOAD_LIFETIME_DAYS = 30;

/**
 * Imports of CSV/XLSX files: a private, encrypted bucket where callers PUT their
 * file through a presigned link (the console from its own origin), and the job
 * function, started by ticket items on the table's stream, that checks and
 * commits the rows in chunks, handing over to its next invocation before its
 * time limit (packages/functions/src/jobs/import-stream.ts).
 */
export function Imports({ stack, app }: StackContext) {
  const { table, piiKey } = use(Data);
  const { origin: consoleOrigin } = use(ConsoleHost);
  const { retainData } = stageSettings(app.stage);

  const uploads = new Bucket(stack, "ImportUploads", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    lifecycleRules: [
      { expiration: Duration.days(UPLOAD_LIFETIME_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
    // The console PUTs files straight from the browser, and follows the API to a report's presigned link.
    cors: [
      {
        allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
        allowedOrigins: [consoleOrigin],
        allowedHeaders: ["content-type"],
        exposedHeaders: ["content-disposition"],
        maxAge: 600,
      },
    ],
    removalPolicy: retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });

  const failedTickets = new Queue(stack, "FailedImportTickets", {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });

  const worker = new SstFunction(stack, "ImportJob", {
    handler: importsHandler,
    description: "Entraide imports: dry runs and commits of CSV/XLSX files, in chunks",
    memorySize: "1024 MB",
    timeout: "15 minutes",
    environment: {
      ...functionEnvironment(piiKey, { TABLE_NAME: table.tableName, IMPORTS_BUCKET: uploads.bucketName }),
      NODE_OPTIONS: importNodeOptions,
    },
    prefetchSecrets: true,
  });
  worker.addEventSourceMapping("ImportTickets", {
    eventSourceArn: table.cdk.table.tableStreamArn,
    startingPosition: StartingPosition.LATEST,
    batchSize: 1,
    filters: [FilterCriteria.filter(importTicketInserts)],
    retryAttempts: 2,
    onFailure: { bind: () => ({ destination: failedTickets.queueArn }) },
  });
  worker.attachPermissions([
    new PolicyStatement({ actions: ["sqs:SendMessage"], resources: [failedTickets.queueArn] }),
  ]);
  grantStreamRead(worker, table, jobStreamActions);
  grantTable(worker, table, importTableActions);
  grantBlockReads(worker, table);
  grantObjects(worker, uploads, importBucketActions.job);

  stack.addOutputs({ ImportUploadsBucket: uploads.bucketName, ImportJobFunction: worker.functionName });
  return { uploads, worker };
}
