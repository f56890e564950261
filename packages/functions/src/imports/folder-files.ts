import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db } from "@entraide/core/db";
import type { ImportFiles } from "@entraide/core/imports/files";
import { inProcessImportLauncher } from "./in-process.js";
import { type ImportServices, TooLarge } from "./services.js";

/** Uploaded files older than this are deleted (the bucket's lifecycle does it in AWS). */
export const FILE_LIFETIME_MS = 30 * 24 * 3600 * 1000;

/** Files in `folder` (DATA_DIR/imports), one per import, named by its id. */
export function folderImportFiles(folder: string): ImportFiles & { receive: NonNullable<ImportServices["receive"]> } {
  const path = (id: string) => join(folder, `${id}.upload`);
  const size = async (id: string) =>
    stat(path(id)).then(
      (s) => s.size,
      () => undefined,
    );
  return {
    size,
    async open(id) {
      return (await size(id)) === undefined ? undefined : createReadStream(path(id));
    },
    async remove(id) {
      await rm(path(id), { force: true });
    },
    /** Streams the body to disk, refusing it past `maxBytes` (nothing is kept then). */
    async receive(id, body, maxBytes) {
      await mkdir(folder, { recursive: true });
      await removeExpired(folder);
      let bytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(bytes > maxBytes ? new TooLarge() : null, chunk);
        },
      });
      try {
        await pipeline(body, counter, createWriteStream(path(id)));
      } catch (error) {
        await rm(path(id), { force: true });
        throw error;
      }
      return bytes;
    },
  };
}

async function removeExpired(folder: string) {
  const now = Date.now();
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const file = join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > FILE_LIFETIME_MS) await rm(file, { force: true });
  }
}

/** `npm start` and tests: uploads through the API into DATA_DIR/imports, jobs in this process. */
export function localImportServices(db: Db, dataDir: string) {
  const files = folderImportFiles(join(dataDir, "imports"));
  const launch = inProcessImportLauncher(db, files);
  const services: ImportServices & { settled(): Promise<void> } = {
    files,
    receive: files.receive,
    uploadUrl: async (id, origin) => `${origin}/api/v1/imports/${id}/file`,
    launch,
    settled: launch.settled,
  };
  return services;
}
