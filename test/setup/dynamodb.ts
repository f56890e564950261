import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../packages/functions/src/local/dynamodb-local.js";

/** One in-memory DynamoDB Local for the whole run; each test file makes its own table. */
export default async function setup(project: TestProject) {
  const engine = await startDynamoDbLocal({ heap: "512m" });
  project.provide("dynamodbEndpoint", engine.endpoint);
  return () => engine.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}
