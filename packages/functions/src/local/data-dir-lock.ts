import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * DynamoDB Local's files on disk serve one process at a time: whoever starts
 * an engine on DATA_DIR leaves its pid here, with the server's URL and the
 * engine's endpoint once they answer; the tools then work through that engine.
 */
export interface DataDirOwner {
  pid: number;
  what: string;
  url?: string;
  /** The running engine's endpoint: others may send it requests (the files themselves are its alone). */
  endpoint?: string;
}

const lockFile = (dataDir: string) => join(dataDir, "engine.lock");

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** The live process using dataDir, if any (a lock left by a crash doesn't count). */
export function dataDirOwner(dataDir: string): DataDirOwner | undefined {
  if (!existsSync(lockFile(dataDir))) return undefined;
  try {
    const owner = JSON.parse(readFileSync(lockFile(dataDir), "utf8")) as DataDirOwner;
    return owner.pid !== process.pid && alive(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

export class DataDirBusyError extends Error {
  constructor(dataDir: string, owner: DataDirOwner) {
    super(
      `${dataDir} is in use by ${owner.what} (pid ${owner.pid}): its database serves one process at a time; wait for it to end, or stop it first.`,
    );
    this.name = "DataDirBusyError";
  }
}

/** Takes dataDir for this process; returns what frees it. */
export function claimDataDir(dataDir: string, what: string, url?: string): () => void {
  const owner = dataDirOwner(dataDir);
  if (owner) throw new DataDirBusyError(dataDir, owner);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), JSON.stringify({ pid: process.pid, what, url }));
  return () => {
    if (dataDirOwner(dataDir) === undefined) rmSync(lockFile(dataDir), { force: true });
  };
}

/** Adds the server's URL and its engine's endpoint, once they answer. */
export function noteDataDirUrl(dataDir: string, url: string, endpoint?: string): void {
  const owner = JSON.parse(readFileSync(lockFile(dataDir), "utf8")) as DataDirOwner;
  if (owner.pid === process.pid) writeFileSync(lockFile(dataDir), JSON.stringify({ ...owner, url, endpoint }));
}
