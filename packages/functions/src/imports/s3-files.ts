import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "@entraide/core/db";
import type { ImportFiles } from "@entraide/core/imports/files";
import { type S3Settings, s3Objects } from "../jobs/s3-objects.js";
import type { ImportServices } from "./services.js";

/**
 * Imports in AWS: files in the private uploads bucket (key `imports/<id>`,
 * deleted by the commit, or by the bucket's lifecycle after 30 days; reports the
 * API hands out by link under `reports/<id>/`, deleted by the same rule), put there
 * by the caller through a presigned PUT; jobs run by the import function,
 * started by a ticket item on the table's stream (jobs/import-stream.ts).
 */
export const IMPORT_TICKET = "IMPORT_TICKET";
const UPLOAD_LINK_SECONDS = 15 * 60;
/** A report's link: long enough to follow at once, short enough not to be passed around. */
const REPORT_LINK_SECONDS = 15 * 60;
const keyOf = (id: string) => `imports/${id}`;

export function s3ImportFiles(settings: S3Settings): ImportFiles {
  const s3 = s3Objects(settings);
  const ok = async (answer: Response, what: string) => {
    if (answer.ok || answer.status === 404) return answer;
    throw new Error(`S3 refused to ${what}: ${answer.status}`);
  };
  return {
    async size(id) {
      const answer = await ok(await s3.call("HEAD", keyOf(id)), "read an import file");
      return answer.status === 404 ? undefined : Number(answer.headers.get("content-length"));
    },
    async open(id) {
      const answer = await ok(await s3.call("GET", keyOf(id)), "read an import file");
      return answer.status === 404 || !answer.body ? undefined : Readable.fromWeb(answer.body as never);
    },
    async remove(id) {
      await ok(await s3.call("DELETE", keyOf(id)), "delete an import file");
    },
  };
}

/** A ticket asks the import function to run (or go on with) a job; its INSERT on the stream starts it. */
export async function putImportTicket(db: Db, importId: string): Promise<void> {
  const expiresAt = Math.floor(Date.now() / 1000) + 24 * 3600;
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { pk: `IMPORT#${importId}`, sk: `TICKET#${randomUUID()}`, entity: IMPORT_TICKET, importId, expiresAt },
    }),
  );
}

export function awsImportServices(db: Db, settings: S3Settings): ImportServices {
  const s3 = s3Objects(settings);
  return {
    files: s3ImportFiles(settings),
    uploadUrl: (id) => s3.presignPut(keyOf(id), UPLOAD_LINK_SECONDS),
    async publishReport(id, fileName, body, contentType) {
      const key = `reports/${id}/${fileName}`;
      await s3.put(key, body, contentType);
      const disposition = `attachment; filename="${fileName}"`;
      return s3.presignGet(key, { "response-content-disposition": disposition }, REPORT_LINK_SECONDS);
    },
    launch: (id) => putImportTicket(db, id),
  };
}
