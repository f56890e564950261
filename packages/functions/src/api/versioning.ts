import { DomainError } from "@entraide/core/errors";

/** A version as If-Match carries it: `3`, `"3"` or `W/"3"`. */
export const IF_MATCH_FORM = /^(?:W\/)?"?(\d{1,9})"?$/;

/** `If-Match: 3` or `If-Match: "3"` (the ETag we send) → 3. */
export function parseIfMatch(header: string | undefined, required: boolean): number | undefined {
  if (header === undefined || header === "") {
    if (!required) return undefined;
    throw new DomainError(
      "precondition_required",
      "Send If-Match with the record's version (from its ETag or version field)",
      [{ path: "If-Match", message: "Required" }],
    );
  }
  const match = IF_MATCH_FORM.exec(header.trim());
  if (!match) {
    throw new DomainError("validation_failed", "If-Match must be the record's version", [
      { path: "If-Match", message: "Expected a version number, e.g. 3" },
    ]);
  }
  return Number(match[1]);
}

export const etag = (version: number) => `"${version}"`;
