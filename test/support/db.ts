import { randomUUID } from "node:crypto";
import { createDb, type Db, ensureTable } from "@entraide/core/db";
import { inject } from "vitest";

/** A fresh table on the shared engine, so test files never see each other's records. */
export async function testDb(): Promise<Db> {
  const db = createDb({
    tableName: `test-${randomUUID()}`,
    endpoint: inject("dynamodbEndpoint"),
    piiKey: "test-pii-key-with-at-least-32-characters!",
  });
  await ensureTable(db);
  return db;
}
