import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type _Object } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { contentTypes, describeExportId, ExportId, newestFirst, type ExportEntry, type ExportStore } from "./export-store.js";

const PREFIX = "exports/";
/** Presigned links are for one download now, not for sharing. */
const URL_LIFETIME_SECONDS = 300;

/** Exports as objects of the exports bucket (EXPORTS_BUCKET), downloaded with presigned URLs. */
export function s3ExportStore(bucket: string, client = new S3Client({})): ExportStore {
  const key = (id: string) => PREFIX + ExportId.parse(id);
  return {
    async put(id, body) {
      const { format } = describeExportId(id);
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key(id), Body: body, ContentType: contentTypes[format] }));
    },
    async list(year) {
      const entries: ExportEntry[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: year === undefined ? PREFIX : `${PREFIX}bilan-${year}-`, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          const entry = toEntry(object);
          if (entry) entries.push(entry);
        }
        token = page.NextContinuationToken;
      } while (token);
      return entries.sort(newestFirst);
    },
    async open(id) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key(id) }));
        return { body: object.Body!.transformToWebStream(), size: object.ContentLength ?? 0, contentType: contentTypes[describeExportId(id).format] };
      } catch (error) {
        if (error instanceof Error && error.name === "NoSuchKey") return undefined;
        throw error;
      }
    },
    async downloadUrl(id) {
      const command = new GetObjectCommand({ Bucket: bucket, Key: key(id), ResponseContentDisposition: `attachment; filename="${ExportId.parse(id)}"` });
      return getSignedUrl(client, command, { expiresIn: URL_LIFETIME_SECONDS });
    },
  };
}

function toEntry(object: _Object): ExportEntry | undefined {
  const id = object.Key?.slice(PREFIX.length) ?? "";
  if (!ExportId.safeParse(id).success) return undefined;
  return { id, ...describeExportId(id), size: object.Size ?? 0, createdAt: (object.LastModified ?? new Date(0)).toISOString() };
}
