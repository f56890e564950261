import { listShape } from "@entraide/core/common";
import { Cooperative, CooperativeListQuery, cooperatives, listCooperatives } from "@entraide/core/cooperative";
import { Hosting, listHostingsOfCooperative } from "@entraide/core/hosting";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import { IdParam, registerCrud } from "../crud.js";
import type { AppEnv, Ctx } from "../env.js";

export function cooperativeRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "cooperatives",
    tag: "Cooperatives",
    repository: cooperatives,
    record: Cooperative.openapi("Cooperative"),
    listQuery: CooperativeListQuery,
    list: listCooperatives as never,
  });

  app.openapi(
    createRoute({
      ...requires("cooperatives:read"),
      method: "get",
      path: "/api/v1/cooperatives/{id}/hostings",
      tags: ["Cooperatives"],
      summary: "The marketplace spaces that host or hosted this cooperative",
      request: { params: IdParam, query: z.strictObject(listShape) },
      responses: {
        200: {
          description: "A page of hostings",
          content: {
            "application/json": { schema: z.object({ items: z.array(Hosting), nextCursor: z.string().nullable() }) },
          },
        },
      },
    }),
    (async (c: Ctx) => {
      await cooperatives.get(c.var.db, callerOf(c), c.req.param("id")!);
      return c.json(
        await listHostingsOfCooperative(c.var.db, c.req.param("id")!, c.req.valid("query" as never) as never),
        200,
      );
    }) as never,
  );
}
