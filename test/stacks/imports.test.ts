import { describe, expect, it } from "vitest";
import { IMPORT_HEAP_MB } from "../../packages/functions/src/imports/heap.js";
import { importTicketInserts } from "../../packages/functions/src/jobs/import-stream.js";
import { apiHandler } from "../../stacks/Api.js";
import {
  blockReadActions,
  importBucketActions,
  importTableActions,
  jobStreamActions,
  noFullScan,
} from "../../stacks/access.js";
import { importsHandler, UPLOAD_LIFETIME_DAYS } from "../../stacks/Imports.js";
import { expectFunctionAccess, expectSettingsKnownToConfig } from "./functions.js";
import { functionWithHandler, importsFrom, onlyResource } from "./templates.js";

describe("Imports stack: the uploads bucket", () => {
  it.each(["test", "prod"] as const)(
    "in %s is private, encrypted, TLS only, and forgets files after 30 days",
    (stage) => {
      const [, bucket] = onlyResource(stage, "Imports", "AWS::S3::Bucket");
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(
        bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault
          .SSEAlgorithm,
      ).toBe("AES256");
      expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
        expect.objectContaining({ ExpirationInDays: UPLOAD_LIFETIME_DAYS, Status: "Enabled" }),
      ]);
      expect(UPLOAD_LIFETIME_DAYS).toBe(30);
      const [, policy] = onlyResource(stage, "Imports", "AWS::S3::BucketPolicy");
      expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
      // The console PUTs straight to the bucket, from its origin only.
      expect(bucket.Properties.CorsConfiguration.CorsRules).toEqual([
        expect.objectContaining({ AllowedMethods: ["PUT", "GET"], ExposedHeaders: ["content-disposition"] }),
      ]);
      expect(JSON.stringify(bucket.Properties.CorsConfiguration.CorsRules[0].AllowedOrigins)).not.toContain('"*"');
    },
  );
});

describe("Imports stack: the job function", () => {
  const mapping = () => onlyResource("test", "Imports", "AWS::Lambda::EventSourceMapping")[1].Properties;

  it("is started by the INSERT of a ticket item on the table's stream, one at a time", () => {
    const [fnId] = functionWithHandler("test", "Imports", importsHandler);
    expect(mapping()).toMatchObject({
      FunctionName: { Ref: fnId },
      StartingPosition: "LATEST",
      BatchSize: 1,
      MaximumRetryAttempts: 2,
    });
    expect(importsFrom(mapping().EventSourceArn, "Data", "RegistryTable")).toBe(true);
    expect(mapping().FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern))).toEqual([
      importTicketInserts,
    ]);
    expect(importTicketInserts).toEqual({
      eventName: ["INSERT"],
      dynamodb: { NewImage: { entity: { S: ["IMPORT_TICKET"] } } },
    });
  });

  it("runs up to 15 minutes on Node 22, with settings config.ts knows", () => {
    const [, fn] = functionWithHandler("test", "Imports", importsHandler);
    expect(fn.Properties).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"], Timeout: 900 });
    expectSettingsKnownToConfig(fn.Properties.Environment.Variables);
    expect(Object.keys(fn.Properties.Environment.Variables)).toContain("IMPORTS_BUCKET");
    // Its heap capped: V8 collects as it goes instead of growing toward the function's memory.
    expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe(`--max-old-space-size=${IMPORT_HEAP_MB}`);
    expect(IMPORT_HEAP_MB).toBeLessThan(256);
  });

  it("may do exactly what an import does: rows and records in the table, read and delete its files, read the stream", () => {
    const [, fn] = functionWithHandler("test", "Imports", importsHandler);
    expectFunctionAccess("test", "Imports", fn, [
      { actions: importTableActions, on: "table and indexes" },
      { actions: blockReadActions, on: "blocking index", condition: noFullScan },
      { actions: importBucketActions.job, on: "import files" },
      { actions: jobStreamActions, on: "table stream" },
      { actions: ["sqs:SendMessage"], on: "failed import tickets queue" },
    ]);
    expect(importTableActions).not.toContain("dynamodb:Scan");
    expect(noFullScan).toEqual({ Bool: { "dynamodb:FullTableScan": "false" } });
    expect(importBucketActions.job).toEqual(["s3:GetObject", "s3:DeleteObject"]);
  });

  it("the API signs upload links and checks a file is there, never deletes one", () => {
    const [, fn] = functionWithHandler("test", "Api", apiHandler);
    expect(Object.keys(fn.Properties.Environment.Variables)).toContain("IMPORTS_BUCKET");
    expect(importBucketActions.api).toEqual(["s3:PutObject", "s3:GetObject"]);
  });
});
