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

/** A call to the table as the SDK sends it: the command's name and its input. */
export type TableCall = { command: string; input: Record<string, unknown> };

/**
 * The same table through a client of its own whose every call `watch` sees before it is sent: to record what a
 * function asks of the table, or to make a call fail (a `watch` that throws), on the real engine.
 */
export function watchedDb(db: Db, watch: (call: TableCall) => void): Db {
  const watched = createDb({ tableName: db.tableName, endpoint: inject("dynamodbEndpoint"), piiKey: db.piiKey });
  watched.doc.middlewareStack.add(
    (next, context) => async (args) => {
      watch({ command: context.commandName ?? "", input: args.input as Record<string, unknown> });
      return next(args);
    },
    { step: "initialize", name: "watch" },
  );
  return watched;
}
