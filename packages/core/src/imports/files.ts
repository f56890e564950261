import type { Readable } from "node:stream";

/**
 * Where uploaded files wait for their import: a folder under `npm start`, a
 * private S3 bucket in AWS. The job streams them and deletes them after the
 * commit (the bucket's lifecycle deletes the forgotten ones after 30 days).
 */
export interface ImportFiles {
  /** The file, streamed; undefined when none was uploaded. */
  open(importId: string): Promise<Readable | undefined>;
  /** Its size in bytes; undefined when none was uploaded. */
  size(importId: string): Promise<number | undefined>;
  remove(importId: string): Promise<void>;
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_ROWS = 200_000;
