import { DomainError } from "@entraide/core/errors";

/** A version as If-Match carries it: `3`, `"3"` or `W/"3"`. */
export const IF_MATCH_FORM = /^(?:W\/)?"?(\d{1,9})"?$/;

/** `If-Match: 3`, `"3"` (the ETag we send) or `W/"3"` → 3. Routes require the header in their schema (missing → 428). */
export function versionOf(header: string): number {
  const match = IF_MATCH_FORM.exec(header.trim());
  if (!match) {
    throw new DomainError("validation_failed", "If-Match must be the record's version", [
      { path: "If-Match", message: "Expected a version number, e.g. 3" },
    ]);
  }
  return Number(match[1]);
}

export const etag = (version: number) => `"${version}"`;
