import type { Caller } from "@entraide/core/caller";
import { Id } from "@entraide/core/common";
import type { Db } from "@entraide/core/db";
import type { Repository } from "@entraide/core/repository";
import type { Page } from "@entraide/core/store";
import type { AnyObject } from "@entraide/core/validation";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf } from "./access/caller.js";
import { requires } from "./access/permissions.js";
import type { AppEnv, Ctx } from "./env.js";
import { ErrorBody } from "./errors.js";
import { etag, IF_MATCH_FORM, parseIfMatch } from "./versioning.js";

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
export const error = (description: string) => json(ErrorBody, description);

export const IdParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });
/** Required on every change and delete: missing → 428 (errors.ts), not a version → 400. */
export const IfMatch = z.object({
  "if-match": z
    .string()
    .regex(IF_MATCH_FORM, "Expected a version number, e.g. 3")
    .openapi({ description: 'The version you read: its ETag (`"3"`) or its `version` field (`3`)', example: '"3"' }),
});
/** Answers that carry the record's version (and, for a new one, where to read it). */
export const versioned = (response: ReturnType<typeof json>) => ({
  ...response,
  headers: { ETag: { $ref: "#/components/headers/ETag" } },
});

export interface CrudOptions<S extends AnyObject> {
  /** Path segment under /api/v1, e.g. "centers". */
  path: string;
  tag: string;
  repository: Repository<S>;
  /** The record as returned (fields and system fields). */
  record: z.ZodType;
  listQuery: AnyObject;
  list: (db: Db, caller: Caller, query: never) => Promise<Page<unknown>>;
}

/** List, create, read, update and delete routes of one registry, documented from its zod schemas. */
export function registerCrud<S extends AnyObject>(app: OpenAPIHono<AppEnv>, options: CrudOptions<S>) {
  const { path, tag, repository, record } = options;
  const label = repository.def.label;
  const base = `/api/v1/${path}`;
  const page = z.object({ items: z.array(record), nextCursor: z.string().nullable() });
  const createBody = repository.def.rules
    ? repository.def.fields.superRefine(repository.def.rules)
    : repository.def.fields;
  const wide = app as unknown as OpenAPIHono<AppEnv>; // routes of any registry share one handler shape
  const [read, write] = [requires(`${path}:read`), requires(`${path}:write`)];

  wide.openapi(
    createRoute({
      method: "get",
      path: base,
      tags: [tag],
      summary: `List ${path}`,
      ...read,
      request: { query: options.listQuery },
      responses: { 200: json(page, `A page of ${path}; follow nextCursor for the next`) },
    }),
    (async (c: Ctx) =>
      c.json(await options.list(c.var.db, callerOf(c), c.req.valid("query" as never) as never), 200)) as never,
  );

  wide.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: [tag],
      summary: `Create a ${label}`,
      ...write,
      request: { body: { content: { "application/json": { schema: createBody } }, required: true } },
      responses: {
        201: versioned(json(record, `The new ${label}`)),
        409: error("Conflicts with another record"),
        422: error("A referenced record is missing"),
      },
    }),
    (async (c: Ctx) => {
      const created = await repository.create(c.var.db, callerOf(c), c.req.valid("json" as never));
      c.header("Location", `${base}/${created.id}`);
      c.header("ETag", etag(created.version));
      return c.json(created, 201);
    }) as never,
  );

  wide.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Read a ${label}`,
      ...read,
      request: { params: IdParam },
      responses: { 200: versioned(json(record, `The ${label}`)) },
    }),
    (async (c: Ctx) => {
      const found = await repository.get(c.var.db, callerOf(c), c.req.param("id")!);
      c.header("ETag", etag(found.version));
      return c.json(found, 200);
    }) as never,
  );

  wide.openapi(
    createRoute({
      method: "patch",
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Change a ${label}`,
      ...write,
      description:
        "A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.",
      request: {
        params: IdParam,
        headers: IfMatch,
        body: { content: { "application/json": { schema: repository.patchSchema } }, required: true },
      },
      responses: {
        200: versioned(json(record, `The changed ${label}`)),
        409: error("Conflicts with another record"),
        422: error("A referenced record is missing or unfit"),
      },
    }),
    (async (c: Ctx) => {
      const version = parseIfMatch(c.req.header("if-match"), true)!;
      const updated = await repository.update(
        c.var.db,
        callerOf(c),
        c.req.param("id")!,
        version,
        c.req.valid("json" as never),
      );
      c.header("ETag", etag(updated.version));
      return c.json(updated, 200);
    }) as never,
  );

  wide.openapi(
    createRoute({
      method: "delete",
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Delete a ${label}`,
      ...write,
      description:
        "Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.",
      request: { params: IdParam, headers: IfMatch },
      responses: { 204: { description: "Deleted" }, 409: error("Still referenced") },
    }),
    (async (c: Ctx) => {
      await repository.remove(c.var.db, callerOf(c), c.req.param("id")!, parseIfMatch(c.req.header("if-match"), true));
      return c.body(null, 204);
    }) as never,
  );
}
