import type { Caller } from "@entraide/core/caller";
import { Id } from "@entraide/core/common";
import type { Db } from "@entraide/core/db";
import type { Page } from "@entraide/core/store";
import type { createChildRepository } from "@entraide/core/sub-records";
import type { AnyObject } from "@entraide/core/validation";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf } from "./access/caller.js";
import { requires } from "./access/permissions.js";
import { error, IdParam, IfMatch, json, versioned } from "./crud.js";
import type { AppEnv, Ctx } from "./env.js";
import { etag, parseIfMatch } from "./versioning.js";

export interface ChildRoutesOptions {
  /** Path under /api/v1 of the parent's collection, e.g. "exhibitions". */
  parentPath: string;
  /** Segment after the parent's id, e.g. "participants". */
  path: string;
  tag: string;
  /** The path parameter naming one child, e.g. "cooperativeId". */
  keyParam: string;
  record: z.ZodType;
  listQuery: AnyObject;
  repository: ReturnType<typeof createChildRepository<AnyObject>>;
  /** Lists with the query's filters; without it, a plain page of the parent's children. */
  list?: (db: Db, caller: Caller, parentId: string, query: never) => Promise<Page<unknown>>;
  summaries: { list: string; create: string; conflict: string };
}

/** List, add, read, change and delete routes of the records kept inside a parent record. */
export function registerChildRoutes(app: OpenAPIHono<AppEnv>, options: ChildRoutesOptions) {
  const { tag, record, repository, keyParam } = options;
  const label = repository.def.label;
  const base = `/api/v1/${options.parentPath}/{id}/${options.path}`;
  const one = `${base}/{${keyParam}}`;
  const ChildParams = IdParam.extend({ [keyParam]: Id.openapi({ param: { name: keyParam, in: "path" } }) });
  const page = z.object({ items: z.array(record), nextCursor: z.string().nullable() });
  const parentId = (c: Ctx) => c.req.param("id")!;
  const key = (c: Ctx) => c.req.param(keyParam)!;
  const wide = app as unknown as OpenAPIHono<AppEnv>; // every child kind shares one handler shape
  // Records inside a parent are read and changed with the parent's rights.
  const [read, write] = [requires(`${options.parentPath}:read`), requires(`${options.parentPath}:write`)];

  wide.openapi(
    createRoute({
      method: "get",
      path: base,
      tags: [tag],
      summary: options.summaries.list,
      ...read,
      request: { params: IdParam, query: options.listQuery },
      responses: { 200: json(page, `A page of ${options.path}; follow nextCursor for the next`) },
    }),
    (async (c: Ctx) => {
      const query = c.req.valid("query" as never) as never;
      const list =
        options.list ?? ((db: Db, caller: Caller, id: string, page: never) => repository.list(db, caller, id, page));
      return c.json(await list(c.var.db, callerOf(c), parentId(c), query), 200);
    }) as never,
  );

  wide.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: [tag],
      summary: options.summaries.create,
      ...write,
      request: {
        params: IdParam,
        body: { content: { "application/json": { schema: repository.def.fields } }, required: true },
      },
      responses: {
        201: versioned(json(record, `The new ${label}`)),
        409: error(options.summaries.conflict),
        422: error("A referenced record is missing"),
      },
    }),
    (async (c: Ctx) => {
      const created = await repository.create(c.var.db, callerOf(c), parentId(c), c.req.valid("json" as never));
      c.header("Location", `${base.replace("{id}", parentId(c))}/${repository.def.keyOf(created, created.id)}`);
      c.header("ETag", etag(created.version));
      return c.json(created, 201);
    }) as never,
  );

  wide.openapi(
    createRoute({
      method: "get",
      path: one,
      tags: [tag],
      summary: `Read a ${label}`,
      ...read,
      request: { params: ChildParams },
      responses: { 200: versioned(json(record, `The ${label}`)) },
    }),
    (async (c: Ctx) => {
      const found = await repository.get(c.var.db, callerOf(c), parentId(c), key(c));
      c.header("ETag", etag(found.version));
      return c.json(found, 200);
    }) as never,
  );

  wide.openapi(
    createRoute({
      method: "patch",
      path: one,
      tags: [tag],
      summary: `Change a ${label}`,
      ...write,
      description: "A JSON merge patch; `If-Match` is required.",
      request: {
        params: ChildParams,
        headers: IfMatch,
        body: { content: { "application/json": { schema: repository.patchSchema } }, required: true },
      },
      responses: {
        200: versioned(json(record, `The changed ${label}`)),
        409: error("Conflicts with another record"),
        422: error("A referenced record is missing"),
      },
    }),
    (async (c: Ctx) => {
      const version = parseIfMatch(c.req.header("if-match"), true)!;
      const updated = await repository.update(
        c.var.db,
        callerOf(c),
        parentId(c),
        key(c),
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
      path: one,
      tags: [tag],
      summary: `Delete a ${label}`,
      ...write,
      description: "`If-Match` is required.",
      request: { params: ChildParams, headers: IfMatch },
      responses: { 204: { description: "Deleted" } },
    }),
    (async (c: Ctx) => {
      await repository.remove(c.var.db, callerOf(c), parentId(c), key(c), parseIfMatch(c.req.header("if-match"), true));
      return c.body(null, 204);
    }) as never,
  );
}
