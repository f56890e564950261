import { Id } from "@entraide/core/common";
import * as z from "zod";
import { ErrorBody } from "./errors.js";
import { IF_MATCH_FORM } from "./versioning.js";

/** The pieces routes declare their requests and answers with, so each shape is written once. */

/** A JSON answer of the operation. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** An error answer: always the one error shape (errors.ts). */
export const error = (description: string) => json(ErrorBody, description);

/** One page of a list: follow `nextCursor` (null on the last page). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** A JSON answer holding one page of `item`s. */
export const page = <T extends z.ZodType>(item: T, description: string) => json(pageOf(item), description);

export const IdParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });

/** Required on every change and delete: missing → 428 (errors.ts), not a version → 400. */
export const IfMatch = z.object({
  "if-match": z
    .string()
    .regex(IF_MATCH_FORM, "Expected a version number, e.g. 3")
    .openapi({ description: 'The version you read: its ETag (`"3"`) or its `version` field (`3`)', example: '"3"' }),
});

/** Answers that carry the record's version (and, for a new one, where to read it). */
export const versioned = <T extends z.ZodType>(response: ReturnType<typeof json<T>>) => ({
  ...response,
  headers: { ETag: { $ref: "#/components/headers/ETag" } },
});
