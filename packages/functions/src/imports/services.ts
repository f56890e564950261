import type { Readable } from "node:stream";
import type { ImportFiles } from "@entraide/core/imports/files";

/**
 * What the import routes need besides the table: where files go, how the
 * caller uploads one, and how a job is started. Under `npm start` and in tests
 * the file goes to DATA_DIR through the API and the job runs in this process
 * (folder-files.ts); in AWS the file goes to S3 by a presigned PUT and the job
 * runs in its own Lambda function (s3-files.ts). Only types here: the API's
 * bundle must not carry the file readers.
 */
export interface ImportServices {
  files: ImportFiles;
  /** Where the caller PUTs the file: this API's own route, or a presigned S3 URL. */
  uploadUrl(importId: string, apiOrigin: string): Promise<string>;
  /** Stores a file sent to the API's own upload route; undefined when uploads go elsewhere (S3). */
  receive?(importId: string, body: Readable, maxBytes: number): Promise<number>;
  /**
   * Stores a report where the caller fetches it and answers its link; undefined when the API answers with the
   * file itself (npm start streams it; a Lambda's answer is capped at 6 MB, so in AWS it goes through S3).
   */
  publishReport?(importId: string, fileName: string, body: Buffer, contentType: string): Promise<string>;
  /** Starts (or resumes) the job's current phase without waiting for it. */
  launch(importId: string): Promise<void>;
}

/** A file sent to the upload route went past its limit. */
export class TooLarge extends Error {}
