import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { contentTypes, describeExportId, ExportId, newestFirst, type ExportEntry, type ExportStore } from "./export-store.js";

/** Exports as files in one folder (DATA_DIR/exports in `npm start`), downloaded through the API. */
export function folderExportStore(folder: string): ExportStore {
  const path = (id: string) => join(folder, ExportId.parse(id));
  const entry = async (id: string): Promise<ExportEntry | undefined> => {
    const info = await stat(path(id)).catch(() => undefined);
    return info && { id, ...describeExportId(id), size: info.size, createdAt: info.mtime.toISOString() };
  };
  return {
    async put(id, body) {
      await mkdir(folder, { recursive: true });
      // Write then rename: a crash never leaves half a file under the export's name.
      const partial = `${path(id)}.${process.pid}.partial`;
      await writeFile(partial, body);
      await rename(partial, path(id));
    },
    async list(year) {
      const names = await readdir(folder).catch(() => [] as string[]);
      const ids = names.filter((n) => ExportId.safeParse(n).success && (year === undefined || describeExportId(n).year === year));
      const entries = await Promise.all(ids.map(entry));
      return entries.filter((e): e is ExportEntry => e !== undefined).sort(newestFirst);
    },
    async open(id) {
      const found = await entry(id);
      if (!found) return undefined;
      const body = Readable.toWeb(createReadStream(path(id))) as ReadableStream<Uint8Array>;
      return { body, size: found.size, contentType: contentTypes[found.format] };
    },
    async downloadUrl(id) {
      return `/api/v1/exports/${ExportId.parse(id)}/download`;
    },
  };
}
