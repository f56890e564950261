import { contentTypes, describeExportId, ExportId, type ExportStore } from "./export-store.js";
import { type S3Settings, s3Objects, s3SettingsFromEnv } from "./s3-objects.js";

const PREFIX = "exports/";
/** Presigned links are for one download now, not for sharing. */
const URL_LIFETIME_SECONDS = 300;

/**
 * Exports as objects of the exports bucket (EXPORTS_BUCKET), under `exports/`,
 * downloaded with presigned links. Which exports exist is read from the table
 * (export-catalog.ts), not by listing the bucket.
 */
export function s3ExportStore(
  bucket: string,
  settings: Omit<S3Settings, "bucket"> = s3SettingsFromEnv(bucket),
): ExportStore {
  const s3 = s3Objects({ ...settings, bucket });
  const key = (id: string) => PREFIX + ExportId.parse(id);
  const contentType = (id: string) => contentTypes[describeExportId(id).format];
  return {
    async put(id, body) {
      await s3.put(key(id), body, contentType(id));
    },
    async open(id) {
      // Read through a presigned link: the same signing as downloads, no S3 client.
      const response = await fetch(await s3.presignGet(key(id), {}, URL_LIFETIME_SECONDS));
      if (response.status === 404) return undefined;
      if (!response.ok || !response.body) throw new Error(`S3 refused to read ${key(id)}: ${response.status}`);
      return {
        body: response.body,
        size: Number(response.headers.get("content-length") ?? 0),
        contentType: contentType(id),
      };
    },
    async downloadUrl(id) {
      const disposition = `attachment; filename="${ExportId.parse(id)}"`;
      return s3.presignGet(key(id), { "response-content-disposition": disposition }, URL_LIFETIME_SECONDS);
    },
  };
}
