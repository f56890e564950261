import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { createDb, type Db, ensureTable } from "@entraide/core/db";
import { claimDataDir, dataDirOwner } from "./data-dir-lock.js";
import { startDynamoDbLocal } from "./dynamodb-local.js";
import type { LocalSecrets } from "./secrets.js";

export interface LocalDb {
  db: Db;
  /** How the tool reached the table, for its first line of output. */
  via: string;
  close(): Promise<void>;
}

/** A folder that is not npm start's: the tools would otherwise write into (or read zeros from) a new, empty one. */
export class NoTableError extends Error {
  name = "NoTableError";
  constructor(dataDir: string, why: string) {
    super(
      `${resolve(dataDir)} ${why}: it is not the data folder of npm start.\n` +
        "Point at that folder with DATA_DIR=<folder> or --data-dir <folder> (npm start uses .data in the project unless DATA_DIR says otherwise), " +
        "or run npm start once to create it.",
    );
  }
}

export interface LocalDbOptions {
  dataDir: string;
  what: string;
  /** An engine already running; by default the one of the npm start holding dataDir, else one started here. */
  endpoint?: string;
  tableName?: string;
  heap?: string;
}

/**
 * The table of DATA_DIR for a command-line tool: through the engine of the
 * running `npm start` (recorded in the folder's lock) or `endpoint`, else on an
 * engine started here on DATA_DIR/ddb. A folder without the table is refused.
 */
export async function openLocalDb(options: LocalDbOptions): Promise<LocalDb> {
  const { dataDir } = options;
  const secretsFile = join(dataDir, "secrets.json");
  if (!existsSync(secretsFile))
    throw new NoTableError(dataDir, existsSync(dataDir) ? "holds no Entraide data" : "does not exist");
  // The key of the personal data's hashes and encryption must be the server's.
  const { piiKey } = JSON.parse(readFileSync(secretsFile, "utf8")) as LocalSecrets;
  const tableName = options.tableName ?? "entraide";
  const owner = dataDirOwner(dataDir);
  const endpoint = options.endpoint ?? owner?.endpoint;
  if (endpoint) {
    const db = createDb({ tableName, endpoint, piiKey });
    await requireTable(db, dataDir);
    const via =
      options.endpoint || !owner
        ? `the engine at ${endpoint}`
        : `the engine of the running ${owner.what} (pid ${owner.pid}) at ${endpoint}`;
    return { db, via, close: async () => db.doc.destroy() };
  }
  const release = claimDataDir(dataDir, options.what);
  try {
    const engine = await startDynamoDbLocal({ dbPath: join(dataDir, "ddb"), heap: options.heap });
    const db = createDb({ tableName, endpoint: engine.endpoint, piiKey });
    const close = async () => {
      db.doc.destroy();
      await engine.stop();
      release();
    };
    await requireTable(db, dataDir).catch(async (error) => {
      await close();
      throw error;
    });
    return { db, via: `an engine started on ${join(dataDir, "ddb")}`, close };
  } catch (error) {
    release();
    throw error;
  }
}

async function requireTable(db: Db, dataDir: string): Promise<void> {
  try {
    await db.doc.send(new DescribeTableCommand({ TableName: db.tableName }));
  } catch (error) {
    if ((error as Error).name === "ResourceNotFoundException")
      throw new NoTableError(dataDir, `holds no table ${db.tableName}`);
    throw error;
  }
  // Indexes added since the table was made (ensureTable adds what is missing).
  await ensureTable(db);
}
