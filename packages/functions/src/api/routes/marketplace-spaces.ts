import { Id } from "@entraide/core/common";
import {
  deleteHosting,
  endHosting,
  getHosting,
  Hosting,
  HostingEnd,
  HostingInput,
  HostingListQuery,
  hostValidCooperative,
  listHostings,
} from "@entraide/core/hosting";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { callerOf } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { error, IdParam, IfMatch, json, page } from "../shapes.js";
import { etag, versionOf } from "../versioning.js";

const base = "/api/v1/marketplace-spaces/{id}/hosts";
const HostParams = IdParam.extend({ hostId: Id.openapi({ param: { name: "hostId", in: "path" } }) });
const HostingRecord = Hosting.openapi("Hosting");

/** A marketplace space's routes beyond its record: the cooperatives it hosts, each taking a stall. */
export function marketplaceSpaceRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires("marketplace-spaces:read"),
      method: "get",
      path: base,
      tags: ["Marketplace spaces"],
      summary: "The cooperatives this space hosts (current=true) or hosted",
      request: { params: IdParam, query: HostingListQuery },
      responses: {
        200: page(HostingRecord, "A page of hostings"),
        404: error("No such space"),
      },
    }),
    async (c) => c.json(await listHostings(c.var.db, callerOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      ...requires("marketplace-spaces:write"),
      method: "post",
      path: base,
      tags: ["Marketplace spaces"],
      summary: "Host one more cooperative",
      description:
        "Takes a stall until the hosting is ended. 409 when every stall is taken or the cooperative is hosted here already.",
      request: { params: IdParam, body: { content: { "application/json": { schema: HostingInput } }, required: true } },
      responses: {
        201: json(HostingRecord, "The hosting"),
        400: error("Invalid body"),
        404: error("No such space"),
        409: error("Full, closed or already hosted"),
        422: error("No such cooperative"),
      },
    }),
    async (c) => {
      const hosting = await hostValidCooperative(c.var.db, callerOf(c), c.req.valid("param").id, c.req.valid("json"));
      c.header("Location", `/api/v1/marketplace-spaces/${hosting.spaceId}/hosts/${hosting.id}`);
      c.header("ETag", etag(hosting.version));
      return c.json(hosting, 201);
    },
  );

  app.openapi(
    createRoute({
      ...requires("marketplace-spaces:read"),
      method: "get",
      path: `${base}/{hostId}`,
      tags: ["Marketplace spaces"],
      summary: "Read a hosting",
      request: { params: HostParams },
      responses: { 200: json(HostingRecord, "The hosting"), 404: error("Not found") },
    }),
    async (c) => {
      const { id, hostId } = c.req.valid("param");
      return c.json(await getHosting(c.var.db, callerOf(c), id, hostId), 200);
    },
  );

  app.openapi(
    createRoute({
      ...requires("marketplace-spaces:write"),
      method: "patch",
      path: `${base}/{hostId}`,
      tags: ["Marketplace spaces"],
      summary: "End a hosting (frees its stall)",
      request: {
        params: HostParams,
        headers: IfMatch,
        body: { content: { "application/json": { schema: HostingEnd } }, required: true },
      },
      responses: {
        200: json(HostingRecord, "The ended hosting"),
        400: error("Invalid body"),
        404: error("Not found"),
        409: error("Already ended"),
        412: error("Stale version"),
      },
    }),
    async (c) => {
      const { id, hostId } = c.req.valid("param");
      const version = versionOf(c.req.valid("header")["if-match"]);
      const ended = await endHosting(c.var.db, callerOf(c), id, hostId, version, c.req.valid("json"));
      c.header("ETag", etag(ended.version));
      return c.json(ended, 200);
    },
  );

  app.openapi(
    createRoute({
      ...requires("marketplace-spaces:write"),
      method: "delete",
      path: `${base}/{hostId}`,
      tags: ["Marketplace spaces"],
      summary: "Delete a hosting recorded by mistake",
      request: { params: HostParams, headers: IfMatch },
      responses: { 204: { description: "Deleted" } },
    }),
    async (c) => {
      const { id, hostId } = c.req.valid("param");
      await deleteHosting(c.var.db, callerOf(c), id, hostId, versionOf(c.req.valid("header")["if-match"]));
      return c.body(null, 204);
    },
  );
}
