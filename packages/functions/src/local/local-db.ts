import { createDb, ensureTable, type Db } from "@entraide/core/db";
import { join } from "node:path";
import { claimDataDir } from "./data-dir-lock.js";
import { startDynamoDbLocal } from "./dynamodb-local.js";
import { localSecrets } from "./secrets.js";

export interface LocalDb {
  db: Db;
  close(): Promise<void>;
}

/**
 * The table of DATA_DIR for a command-line tool: on an engine already running
 * (`endpoint`), else on one started here on DATA_DIR/ddb like `npm start` does,
 * refused while a server uses it.
 */
export async function openLocalDb(options: { dataDir: string; what: string; endpoint?: string; tableName?: string; heap?: string }): Promise<LocalDb> {
  const { piiKey } = localSecrets(options.dataDir);
  const tableName = options.tableName ?? "entraide";
  if (options.endpoint) {
    const db = createDb({ tableName, endpoint: options.endpoint, piiKey });
    await ensureTable(db);
    return { db, close: async () => db.doc.destroy() };
  }
  const release = claimDataDir(options.dataDir, options.what);
  try {
    const engine = await startDynamoDbLocal({ dbPath: join(options.dataDir, "ddb"), heap: options.heap });
    const db = createDb({ tableName, endpoint: engine.endpoint, piiKey });
    await ensureTable(db);
    return {
      db,
      async close() {
        db.doc.destroy();
        await engine.stop();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
