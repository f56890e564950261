import { layoutVersion } from "@entraide/core/reindex";
import { globalIndexes, keyAttributeNames, tableKeys } from "@entraide/core/table";
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { reindexTableActions } from "../../stacks/access.js";
import { reindexHandler } from "../../stacks/Data.js";
import { expectFunctionAccess } from "./functions.js";
import { onlyResource, privateEncryptedBucket, resources, template } from "./templates.js";

describe("Data stack: the table", () => {
  it("has the keys and the three indexes of packages/core/src/table.ts, all strings, projecting everything", () => {
    const [, table] = onlyResource("test", "Data", "AWS::DynamoDB::Table");
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: tableKeys.partitionKey, KeyType: "HASH" },
      { AttributeName: tableKeys.sortKey, KeyType: "RANGE" },
    ]);
    expect(table.Properties.AttributeDefinitions).toEqual(
      expect.arrayContaining(keyAttributeNames().map((name) => ({ AttributeName: name, AttributeType: "S" }))),
    );
    expect(table.Properties.AttributeDefinitions).toHaveLength(keyAttributeNames().length);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      Object.entries(globalIndexes).map(([IndexName, keys]) => ({
        IndexName,
        KeySchema: [
          { AttributeName: keys.partitionKey, KeyType: "HASH" },
          { AttributeName: keys.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    );
  });

  it("streams new and old images, recovers to a point in time and bills per request", () => {
    template("test", "Data").hasResourceProperties("AWS::DynamoDB::Table", {
      StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      BillingMode: "PAY_PER_REQUEST",
    });
  });

  it("expires idempotency answers through TTL on expiresAt", () => {
    template("test", "Data").hasResourceProperties("AWS::DynamoDB::Table", {
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
    });
  });

  it("is retained and protected from deletion on prod only", () => {
    const [, prod] = onlyResource("prod", "Data", "AWS::DynamoDB::Table");
    expect(prod.Properties.DeletionProtectionEnabled).toBe(true);
    expect(prod.DeletionPolicy).toBe("Retain");
    expect(prod.UpdateReplacePolicy).toBe("Retain");

    const [, test] = onlyResource("test", "Data", "AWS::DynamoDB::Table");
    expect(test.Properties.DeletionProtectionEnabled).toBe(false);
    expect(test.DeletionPolicy).toBe("Delete");
    expect(test.UpdateReplacePolicy).toBe("Delete");
  });

  it("is named after the stage, so stages never share data", () => {
    expect(onlyResource("test", "Data", "AWS::DynamoDB::Table")[1].Properties.TableName).toBe("test-entraide-Registry");
    expect(onlyResource("prod", "Data", "AWS::DynamoDB::Table")[1].Properties.TableName).toBe("prod-entraide-Registry");
  });
});

describe("Data stack: the exports bucket", () => {
  it("is encrypted, versioned, closed to the public and to plain HTTP", () => {
    const data = template("test", "Data");
    data.hasResourceProperties("AWS::S3::Bucket", {
      ...privateEncryptedBucket,
      VersioningConfiguration: { Status: "Enabled" },
    });
    data.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("is retained with its files on prod, removed with them on other stages", () => {
    const [, prod] = onlyResource("prod", "Data", "AWS::S3::Bucket");
    expect([prod.DeletionPolicy, prod.UpdateReplacePolicy]).toEqual(["Retain", "Retain"]);
    template("prod", "Data").resourceCountIs("Custom::S3AutoDeleteObjects", 0);

    const [, test] = onlyResource("test", "Data", "AWS::S3::Bucket");
    expect([test.DeletionPolicy, test.UpdateReplacePolicy]).toEqual(["Delete", "Delete"]);
    template("test", "Data").resourceCountIs("Custom::S3AutoDeleteObjects", 1);
  });
});

describe("Data stack: the index layout", () => {
  it("rewrites stale index keys during the deploy that changes the layout, and only then", () => {
    const [, script] = onlyResource("test", "Data", "Custom::SSTScript");
    // The script runs again only when the access patterns' fingerprint changes (npm start keeps the same marker).
    expect(script.Properties.Version).toBe(layoutVersion());
    const steps = resources("test", "Data", "AWS::Lambda::Function").filter(
      ([, fn]) => fn.Properties.Handler === reindexHandler,
    );
    // The same step when the stage is created and when it is updated.
    expect(steps).toHaveLength(2);
    for (const [, fn] of steps) {
      expect(fn.Properties).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"], Timeout: 900 });
      expect(Object.keys(fn.Properties.Environment.Variables)).toContain("TABLE_NAME");
      expectFunctionAccess("test", "Data", fn, [{ actions: reindexTableActions, on: "table and indexes" }]);
    }
  });
});
