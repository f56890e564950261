/**
 * Domain errors: what went wrong in the registry's own terms. The HTTP layer
 * maps each `code` to a status; nothing here knows about HTTP.
 */
export interface FieldIssue {
  path: string;
  message: string;
}

export type ErrorCode =
  | "validation_failed" // 400: the request's shape is wrong
  | "forbidden" // 403: outside the caller's reach (e.g. a record placed in another region)
  | "not_found" // 404
  | "conflict" // 409: a uniqueness or capacity rule, or a record still referenced
  | "precondition_failed" // 412: stale version
  | "precondition_required" // 428: If-Match missing
  | "unprocessable"; // 422: well-formed, but breaks a rule that spans records

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string, id: string) => new DomainError("not_found", `No ${what} with id ${id}`);

export const invalid = (issues: FieldIssue[], message = "The request is not valid") =>
  new DomainError("validation_failed", message, issues);
