import type { Caller } from "@entraide/core/caller";
import type { Db } from "@entraide/core/db";
import type { SystemFields } from "@entraide/core/entity";
import type { RegistryRepository } from "@entraide/core/registry";
import type { Page } from "@entraide/core/store";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type * as z from "zod";
import { callerOf } from "./access/caller.js";
import { requires } from "./access/permissions.js";
import type { AppEnv } from "./env.js";
import { error, IdParam, IfMatch, json, page, versioned } from "./shapes.js";
import { etag, versionOf } from "./versioning.js";

// Routes of other modules still import the shared shapes from here.
export { error, IdParam, IfMatch, json, versioned } from "./shapes.js";

/** A list query: strict, so an unknown parameter is a 400. */
export type ListQuery<Shape extends z.ZodRawShape> = z.ZodObject<Shape, z.core.$strict>;

/** What the routes need of a registry's repository: core's, of which they read only the label of its definition. */
export type CrudRepository<Fields, Patch, Rec extends SystemFields> = Omit<
  RegistryRepository<Fields, Patch, Rec>,
  "def"
> & { def: { label: string } };

export interface CrudOptions<Fields, Patch, Rec extends SystemFields, Query extends z.ZodRawShape> {
  /** Path segment under /api/v1, e.g. "centers". */
  path: string;
  tag: string;
  repository: CrudRepository<Fields, Patch, Rec>;
  /** The record as returned (fields and system fields). */
  record: z.ZodType<Rec>;
  listQuery: ListQuery<Query>;
  list: (db: Db, caller: Caller, query: z.output<ListQuery<Query>>) => Promise<Page<Rec>>;
  /** The registry's routes beyond these five (records inside it, views of it), registered right after them. */
  also?: (app: OpenAPIHono<AppEnv>) => void;
}

/** A registry whose routes are derived from its options: its types are checked where it is described. */
export interface CrudRegistry {
  path: string;
  register: (app: OpenAPIHono<AppEnv>) => void;
}

/** Describes a registry served as list, create, read, change and delete (plus its `also` routes). */
export function crudRegistry<Fields, Patch, Rec extends SystemFields, Query extends z.ZodRawShape>(
  options: CrudOptions<Fields, Patch, Rec, Query>,
): CrudRegistry {
  return {
    path: options.path,
    register: (app) => {
      registerCrud(app, options);
      options.also?.(app);
    },
  };
}

/** List, create, read, update and delete routes of one registry, documented from its zod schemas. */
export function registerCrud<Fields, Patch, Rec extends SystemFields, Query extends z.ZodRawShape>(
  app: OpenAPIHono<AppEnv>,
  options: CrudOptions<Fields, Patch, Rec, Query>,
) {
  const { path, tag, repository, record } = options;
  const { label } = repository.def;
  const base = `/api/v1/${path}`;
  const [read, write] = [requires(`${path}:read`), requires(`${path}:write`)];

  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags: [tag],
      summary: `List ${path}`,
      ...read,
      request: { query: options.listQuery },
      responses: { 200: page(record, `A page of ${path}; follow nextCursor for the next`) },
    }),
    async (c) => c.json(await options.list(c.var.db, callerOf(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: [tag],
      summary: `Create a ${label}`,
      ...write,
      request: { body: { content: { "application/json": { schema: repository.createSchema } }, required: true } },
      responses: {
        201: versioned(json(record, `The new ${label}`)),
        409: error("Conflicts with another record"),
        422: error("A referenced record is missing"),
      },
    }),
    async (c) => {
      const created = await repository.createValid(c.var.db, callerOf(c), c.req.valid("json"));
      c.header("Location", `${base}/${created.id}`);
      c.header("ETag", etag(created.version));
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Read a ${label}`,
      ...read,
      request: { params: IdParam },
      responses: { 200: versioned(json(record, `The ${label}`)) },
    }),
    async (c) => {
      const found = await repository.get(c.var.db, callerOf(c), c.req.valid("param").id);
      c.header("ETag", etag(found.version));
      return c.json(found, 200);
    },
  );

  app.openapi(
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
    async (c) => {
      const version = versionOf(c.req.valid("header")["if-match"]);
      const updated = await repository.updateValid(
        c.var.db,
        callerOf(c),
        c.req.valid("param").id,
        version,
        c.req.valid("json"),
      );
      c.header("ETag", etag(updated.version));
      return c.json(updated, 200);
    },
  );

  app.openapi(
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
    async (c) => {
      await repository.remove(
        c.var.db,
        callerOf(c),
        c.req.valid("param").id,
        versionOf(c.req.valid("header")["if-match"]),
      );
      return c.body(null, 204);
    },
  );
}
