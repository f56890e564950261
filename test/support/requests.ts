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
export const issuePaths = (answer: Answer) => (answer.body.error.issues as { path: string }[]).map((i) => i.path).sort();
