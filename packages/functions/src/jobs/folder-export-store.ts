import { createReadStream } from "node:fs";
import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { contentTypes, describeExportId, ExportId, type ExportStore } from "./export-store.js";

/** Exports as files in one folder (DATA_DIR/exports in `npm start`), downloaded through the API. */
export function folderExportStore(folder: string): ExportStore {
  const path = (id: string) => join(folder, ExportId.parse(id));
  return {
    async put(id, body) {
      await mkdir(folder, { recursive: true });
      // Write then rename: a crash never leaves half a file under the export's name.
      const partial = `${path(id)}.${process.pid}.partial`;
      await writeFile(partial, body);
      await rename(partial, path(id));
    },
    async open(id) {
      const info = await stat(path(id)).catch(() => undefined);
      if (!info) return undefined;
      const body = Readable.toWeb(createReadStream(path(id))) as ReadableStream<Uint8Array>;
      return { body, size: info.size, contentType: contentTypes[describeExportId(id).format] };
    },
    async downloadUrl(id) {
      return `/api/v1/exports/${ExportId.parse(id)}/download`;
    },
  };
}
