import { DomainError, type ErrorCode, type FieldIssue } from "@entraide/core/errors";
import { issuesOf, rawIssueOf } from "@entraide/core/validation";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod";
import { assertRouteRecordReaches } from "./access/record-reach.js";
import { languageOf, translate, translateIssue } from "./language.js";

/** The one error shape of the API: `{ error: { code, message, issues } }`. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .openapi("Error");

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  unprocessable: 422,
  precondition_required: 428,
};

/**
 * Every error answer of the API: its message and its issues' in the caller's language (language.ts).
 * Typed with its status, so a route's handler answers it where the route declares that status.
 */
export function errorResponse<Status extends ContentfulStatusCode>(
  c: Context,
  status: Status,
  code: string,
  message: string,
  issues: FieldIssue[] = [],
) {
  const language = languageOf(c.req.header("accept-language"));
  c.header("Content-Language", language);
  c.header("Vary", "Accept-Language", { append: true });
  const said = issues.map((issue) => ({
    path: issue.path,
    message: translateIssue(issue.message, rawIssueOf(issue), language),
  }));
  return c.json({ error: { code, message: translate(message, language), issues: said } }, status);
}

/**
 * zod-openapi calls this when a request's body, query, path or headers don't
 * fit the schema; a record of another region is not found first.
 */
export async function validationHook(result: { success: boolean; error?: unknown; target?: string }, c: Context) {
  if (result.success) return;
  await assertRouteRecordReaches(c);
  if (result.target === "header" && missingIfMatchOnly(result.error)) {
    return errorResponse(
      c,
      428,
      "precondition_required",
      "Send If-Match with the record's version (from its ETag or version field)",
      [{ path: "If-Match", message: "Required" }],
    );
  }
  const issues = result.error instanceof z.ZodError ? issuesOf(result.error) : [];
  const where = { json: "body", query: "query", param: "path", header: "headers" }[result.target ?? ""] ?? "request";
  return errorResponse(c, 400, "validation_failed", `The ${where} is not valid`, issues);
}

/** If-Match is a required header, but its absence is a 428 (RFC 6585), not a 400. */
function missingIfMatchOnly(error: unknown): boolean {
  if (!(error instanceof z.ZodError)) return false;
  return error.issues.every((issue) => issue.path[0] === "if-match" && issue.code === "invalid_type");
}

/** The one onError: domain errors keep their meaning, anything unexpected is a 500 without details. */
export function onError(error: Error, c: Context) {
  if (error instanceof DomainError)
    return errorResponse(c, statusOf[error.code], error.code, error.message, error.issues);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? "payload_too_large" : status === 400 ? "bad_request" : "http_error";
    return errorResponse(c, status, code, error.message || "Bad request");
  }
  // Log the kind and the request, never the body: it may hold personal data.
  console.error(
    JSON.stringify({
      level: "error",
      requestId: c.get("requestId"),
      name: error.name,
      message: error.message,
      path: c.req.path,
      method: c.req.method,
    }),
  );
  return errorResponse(c, 500, "internal_error", "Something went wrong on our side; the request was not applied");
}
