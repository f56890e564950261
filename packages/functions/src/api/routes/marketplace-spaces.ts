import { Id } from "@entraide/core/common";
import {
  deleteHosting,
  endHosting,
  getHosting,
  Hosting,
  HostingEnd,
  HostingInput,
  HostingListQuery,
  hostCooperative,
  listHostings,
} from "@entraide/core/hosting";
import {
  listMarketplaceSpaces,
  MarketplaceSpace,
  MarketplaceSpaceListQuery,
  marketplaceSpaces,
} from "@entraide/core/marketplace-space";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import { IdParam, IfMatch, registerCrud } from "../crud.js";
import type { AppEnv, Ctx } from "../env.js";
import { ErrorBody } from "../errors.js";
import { etag, parseIfMatch } from "../versioning.js";

const base = "/api/v1/marketplace-spaces/{id}/hosts";
const HostParams = IdParam.extend({ hostId: Id.openapi({ param: { name: "hostId", in: "path" } }) });
const HostingRecord = Hosting.openapi("Hosting");
const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ErrorBody, description);

export function marketplaceSpaceRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "marketplace-spaces",
    tag: "Marketplace spaces",
    repository: marketplaceSpaces,
    record: MarketplaceSpace.openapi("MarketplaceSpace"),
    listQuery: MarketplaceSpaceListQuery,
    list: listMarketplaceSpaces as never,
  });

  app.openapi(
    createRoute({
      ...requires("marketplace-spaces:read"),
      method: "get",
      path: base,
      tags: ["Marketplace spaces"],
      summary: "The cooperatives this space hosts (current=true) or hosted",
      request: { params: IdParam, query: HostingListQuery },
      responses: {
        200: json(z.object({ items: z.array(HostingRecord), nextCursor: z.string().nullable() }), "A page of hostings"),
        404: error("No such space"),
      },
    }),
    (async (c: Ctx) =>
      c.json(
        await listHostings(c.var.db, callerOf(c), c.req.param("id")!, c.req.valid("query" as never) as never),
        200,
      )) as never,
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
    (async (c: Ctx) => {
      const hosting = await hostCooperative(c.var.db, callerOf(c), c.req.param("id")!, c.req.valid("json" as never));
      c.header("Location", `/api/v1/marketplace-spaces/${hosting.spaceId}/hosts/${hosting.id}`);
      c.header("ETag", etag(hosting.version));
      return c.json(hosting, 201);
    }) as never,
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
    (async (c: Ctx) =>
      c.json(await getHosting(c.var.db, callerOf(c), c.req.param("id")!, c.req.param("hostId")!), 200)) as never,
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
    (async (c: Ctx) => {
      const version = parseIfMatch(c.req.header("if-match"), true)!;
      const ended = await endHosting(
        c.var.db,
        callerOf(c),
        c.req.param("id")!,
        c.req.param("hostId")!,
        version,
        c.req.valid("json" as never),
      );
      c.header("ETag", etag(ended.version));
      return c.json(ended, 200);
    }) as never,
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
    (async (c: Ctx) => {
      await deleteHosting(
        c.var.db,
        callerOf(c),
        c.req.param("id")!,
        c.req.param("hostId")!,
        parseIfMatch(c.req.header("if-match"), true),
      );
      return c.body(null, 204);
    }) as never,
  );
}
