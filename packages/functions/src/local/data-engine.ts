import { join } from "node:path";
import { claimDataDir } from "./data-dir-lock.js";
import { type LocalEngine, startDynamoDbLocal } from "./dynamodb-local.js";

/** The engine of a data folder, with the folder claimed for it (see data-dir-lock.ts). */
export interface DataEngine {
  engine: LocalEngine;
  /** Frees the data folder once the engine has stopped. */
  release(): void;
}

export interface DataEngineOptions {
  dataDir: string;
  /** In-memory engine (benchmarks, tests); the default keeps data on disk in dataDir/ddb. */
  inMemory?: boolean;
  heap?: string;
}

/**
 * Claims the data folder and starts its engine. `npm start` calls it before it
 * loads the API's modules, so the JVM starts while they load (both take seconds).
 */
export async function startDataEngine(options: DataEngineOptions): Promise<DataEngine> {
  // DynamoDB Local's files serve one process: the command-line tools check this lock.
  const release = options.inMemory ? () => {} : claimDataDir(options.dataDir, "npm start");
  try {
    const engine = await startDynamoDbLocal({
      dbPath: options.inMemory ? undefined : join(options.dataDir, "ddb"),
      heap: options.heap,
    });
    return { engine, release };
  } catch (error) {
    release();
    throw error;
  }
}
