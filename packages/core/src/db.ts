import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { globalIndexes, keyAttributeNames, tableKeys } from "./table.js";

/** What every domain function needs to reach the table. */
export interface Db {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** Secret for the keyed hashes and the encryption of personal identifiers (see pii.ts). */
  piiKey: string;
}

export interface DbOptions {
  tableName: string;
  /** Set for DynamoDB Local; absent in AWS. */
  endpoint?: string;
  region?: string;
  piiKey: string;
}

export function createDb(options: DbOptions): Db {
  const client = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? "eu-west-3",
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // DynamoDB Local accepts any credentials; these keep the SDK from looking for real ones.
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, tableName: options.tableName, piiKey: options.piiKey };
}

/** Creates the table with its indexes unless it exists (local engine and tests only). */
export async function ensureTable(db: Db): Promise<void> {
  try {
    await db.doc.send(new DescribeTableCommand({ TableName: db.tableName }));
    return;
  } catch (error) {
    if (!isMissingTable(error)) throw error;
  }
  await db.doc.send(
    new CreateTableCommand({
      TableName: db.tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: keyAttributeNames().map((name) => ({ AttributeName: name, AttributeType: "S" })),
      KeySchema: [
        { AttributeName: tableKeys.partitionKey, KeyType: "HASH" },
        { AttributeName: tableKeys.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: Object.entries(globalIndexes).map(([name, keys]) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: keys.partitionKey, KeyType: "HASH" },
          { AttributeName: keys.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    }),
  );
}

/** DynamoDB Local and AWS name a missing table differently; match on the error name. */
function isMissingTable(error: unknown): boolean {
  return error instanceof Error && error.name === "ResourceNotFoundException";
}
