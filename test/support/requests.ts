import { expect } from "vitest";
import type { Answer } from "./api.js";

type Caller = (method: string, path: string, body?: unknown) => Promise<Answer>;

/** POSTs and expects a 201 (showing the error body otherwise); gives the new record. */
export async function created(call: Caller, path: string, body: unknown) {
  const answer = await call("POST", path, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

/** The fields an error answer names, sorted. */
export const issuePaths = (answer: Answer) =>
  (answer.body.error.issues as { path: string }[]).map((i) => i.path).sort();

/** DELETE with the record's current version as If-Match (a delete needs it, as a change does). */
export async function deleteCurrent(
  call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>,
  path: string,
) {
  const current = await call("GET", path);
  return call("DELETE", path, undefined, { "if-match": String(current.body?.version ?? 1) });
}
