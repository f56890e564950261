import type { Caller } from "@entraide/core/caller";
import { Id } from "@entraide/core/common";
import type { Db } from "@entraide/core/db";
import type { SystemFields } from "@entraide/core/entity";
import type { Page } from "@entraide/core/store";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type * as z from "zod";
import { callerOf } from "./access/caller.js";
import { requires } from "./access/permissions.js";
import type { ListQuery } from "./crud.js";
import type { AppEnv } from "./env.js";
import { error, IdParam, IfMatch, json, page, versioned } from "./shapes.js";
import { etag, versionOf } from "./versioning.js";

/** What the routes need of a child-record repository (core's `createChildRepository` gives it). */
export interface ChildRepository<Fields, Patch, Rec extends Fields & SystemFields, Query> {
  def: { label: string; keyOf: (fields: Rec, id: string) => string };
  /** The body of a new child, with its rules: what the route parses, once, for `createValid`. */
  createSchema: z.ZodType<Fields>;
  patchSchema: z.ZodType<Patch>;
  createValid(db: Db, caller: Caller, parentId: string, fields: Fields): Promise<Rec>;
  get(db: Db, caller: Caller, parentId: string, key: string): Promise<Rec>;
  update(db: Db, caller: Caller, parentId: string, key: string, version: number, patch: Patch): Promise<Rec>;
  remove(db: Db, caller: Caller, parentId: string, key: string, version?: number): Promise<void>;
  list(db: Db, caller: Caller, parentId: string, query: Query): Promise<Page<Rec>>;
}

export interface ChildRoutesOptions<Fields, Patch, Rec extends Fields & SystemFields, Query extends z.ZodRawShape> {
  /** Path under /api/v1 of the parent's collection, e.g. "exhibitions". */
  parentPath: string;
  /** Segment after the parent's id, e.g. "participants". */
  path: string;
  tag: string;
  /** The path parameter naming one child, e.g. "cooperativeId". */
  keyParam: string;
  record: z.ZodType<Rec>;
  listQuery: ListQuery<Query>;
  repository: ChildRepository<Fields, Patch, Rec, z.output<ListQuery<Query>>>;
  /** Lists with the query's filters; without it, a plain page of the parent's children. */
  list?: (db: Db, caller: Caller, parentId: string, query: z.output<ListQuery<Query>>) => Promise<Page<Rec>>;
  summaries: { list: string; create: string; conflict: string };
}

/** List, add, read, change and delete routes of the records kept inside a parent record. */
export function registerChildRoutes<Fields, Patch, Rec extends Fields & SystemFields, Query extends z.ZodRawShape>(
  app: OpenAPIHono<AppEnv>,
  options: ChildRoutesOptions<Fields, Patch, Rec, Query>,
) {
  const { tag, record, repository, keyParam } = options;
  const label = repository.def.label;
  const base = `/api/v1/${options.parentPath}/{id}/${options.path}`;
  const one = `${base}/{${keyParam}}`;
  const ChildParams = IdParam.extend({ [keyParam]: Id.openapi({ param: { name: keyParam, in: "path" } }) });
  const list = options.list ?? repository.list;
  /** The parent's id and the child's key from the validated path (its schema requires both). */
  const idsIn = (params: Record<string, string | undefined>) => {
    const { id, [keyParam]: key } = params;
    if (id === undefined || key === undefined) throw new Error(`The path of ${one} lacks id or ${keyParam}`);
    return { id, key };
  };
  // Records inside a parent are read and changed with the parent's rights.
  const [read, write] = [requires(`${options.parentPath}:read`), requires(`${options.parentPath}:write`)];

  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags: [tag],
      summary: options.summaries.list,
      ...read,
      request: { params: IdParam, query: options.listQuery },
      responses: { 200: page(record, `A page of ${options.path}; follow nextCursor for the next`) },
    }),
    async (c) => c.json(await list(c.var.db, callerOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: [tag],
      summary: options.summaries.create,
      ...write,
      request: {
        params: IdParam,
        body: { content: { "application/json": { schema: repository.createSchema } }, required: true },
      },
      responses: {
        201: versioned(json(record, `The new ${label}`)),
        409: error(options.summaries.conflict),
        422: error("A referenced record is missing"),
      },
    }),
    async (c) => {
      const parentId = c.req.valid("param").id;
      const created = await repository.createValid(c.var.db, callerOf(c), parentId, c.req.valid("json"));
      c.header("Location", `${base.replace("{id}", parentId)}/${repository.def.keyOf(created, created.id)}`);
      c.header("ETag", etag(created.version));
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: one,
      tags: [tag],
      summary: `Read a ${label}`,
      ...read,
      request: { params: ChildParams },
      responses: { 200: versioned(json(record, `The ${label}`)) },
    }),
    async (c) => {
      const { id, key } = idsIn(c.req.valid("param"));
      const found = await repository.get(c.var.db, callerOf(c), id, key);
      c.header("ETag", etag(found.version));
      return c.json(found, 200);
    },
  );

  app.openapi(
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
    async (c) => {
      const { id, key } = idsIn(c.req.valid("param"));
      const version = versionOf(c.req.valid("header")["if-match"]);
      const updated = await repository.update(c.var.db, callerOf(c), id, key, version, c.req.valid("json"));
      c.header("ETag", etag(updated.version));
      return c.json(updated, 200);
    },
  );

  app.openapi(
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
    async (c) => {
      const { id, key } = idsIn(c.req.valid("param"));
      await repository.remove(c.var.db, callerOf(c), id, key, versionOf(c.req.valid("header")["if-match"]));
      return c.body(null, 204);
    },
  );
}
