import { layoutVersion } from "@entraide/core/reindex";
import { globalIndexes, keyAttributeNames, tableKeys } from "@entraide/core/table";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Config, Script, type StackContext, Table } from "sst/constructs";
import { grantTable, reindexTableActions } from "./access.js";
import { stageSettings } from "./settings.js";

export const reindexHandler = "packages/functions/src/lambda/reindex.handler";

/**
 * Entraide's data: the one table (built from the same description as the local
 * engine's), the bilan's exports bucket, and the key of the personal-data hashes.
 */
export function Data({ stack, app }: StackContext) {
  const { retainData } = stageSettings(app.stage);
  const removalPolicy = retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

  const fields = Object.fromEntries(keyAttributeNames().map((name) => [name, "string" as const]));
  const table = new Table(stack, "Registry", {
    fields,
    primaryIndex: { partitionKey: tableKeys.partitionKey, sortKey: tableKeys.sortKey },
    globalIndexes: Object.fromEntries(
      Object.entries(globalIndexes).map(([name, keys]) => [
        name,
        { partitionKey: keys.partitionKey, sortKey: keys.sortKey, projection: "all" as const },
      ]),
    ),
    // For audit and future consumers (search index, notifications); costs nothing until read.
    stream: "new_and_old_images",
    // SST's Table already turns point-in-time recovery on.
    // Idempotency answers carry `expiresAt` (epoch seconds): DynamoDB deletes them after 24 h.
    timeToLiveAttribute: "expiresAt",
    cdk: { table: { deletionProtection: retainData, removalPolicy } },
  });

  const exportsBucket = new Bucket(stack, "Exports", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    versioned: true,
    // Exports are rebuilt by every run; old versions only need to outlive a mistake.
    lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
    removalPolicy,
    // A removed test stage takes its files with it; prod keeps the bucket and everything in it.
    autoDeleteObjects: !retainData,
  });

  // Keyed hashes of national ID numbers (see pii.ts): set once per stage with
  // `npx sst secrets set ENTRAIDE_PII_KEY <value> --stage <stage>`; changing it orphans every hash.
  const piiKey = new Config.Secret(stack, "ENTRAIDE_PII_KEY");

  // Items stored by an older index layout get their keys rewritten during the deploy that changes the layout, as
  // `npm start` does before serving: the script runs again only when the layout's fingerprint changes.
  const indexLayout = new Script(stack, "IndexLayout", {
    version: layoutVersion(),
    defaults: {
      function: {
        description: "Entraide: rewrites the index keys of items stored by an older layout",
        timeout: "15 minutes",
        memorySize: "1024 MB",
        environment: { TABLE_NAME: table.tableName },
      },
    },
    onCreate: reindexHandler,
    onUpdate: reindexHandler,
  });
  for (const fn of [indexLayout.createFunction, indexLayout.updateFunction]) {
    if (fn) grantTable(fn, table, reindexTableActions);
  }

  stack.addOutputs({ TableName: table.tableName, ExportsBucket: exportsBucket.bucketName });
  return { table, exportsBucket, piiKey };
}
