import { listShape } from "@entraide/core/common";
import { cooperatives } from "@entraide/core/cooperative";
import { CooperativeExhibition, listExhibitionsOfCooperative } from "@entraide/core/exhibition-participation";
import { Hosting, listHostingsOfCooperative } from "@entraide/core/hosting";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { error, IdParam, page } from "../shapes.js";

const read = requires("cooperatives:read");
/**
 * A row as core lists it. Core types a participation's fields copied from its
 * exhibition loosely; the document shows the schema, the answer is checked as this.
 */
type ExhibitionOfCooperative = Awaited<ReturnType<typeof listExhibitionsOfCooperative>>["items"][number];
const ExhibitionRow: z.ZodType<ExhibitionOfCooperative> = CooperativeExhibition;
const tags = ["Cooperatives"];

/** A cooperative's routes beyond its record: where it was hosted, which exhibitions it took part in. */
export function cooperativeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...read,
      method: "get",
      path: "/api/v1/cooperatives/{id}/hostings",
      tags,
      summary: "The marketplace spaces that host or hosted this cooperative",
      request: { params: IdParam, query: z.strictObject(listShape) },
      responses: { 200: page(Hosting, "A page of hostings") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await cooperatives.get(c.var.db, callerOf(c), id);
      return c.json(await listHostingsOfCooperative(c.var.db, id, c.req.valid("query")), 200);
    },
  );

  app.openapi(
    createRoute({
      ...read,
      method: "get",
      path: "/api/v1/cooperatives/{id}/exhibitions",
      tags,
      summary: "The exhibitions this cooperative took part in, oldest first",
      request: { params: IdParam, query: z.strictObject(listShape) },
      responses: {
        200: page(ExhibitionRow, "A page of participations with their exhibition"),
        404: error("No such cooperative"),
      },
    }),
    async (c) =>
      c.json(
        await listExhibitionsOfCooperative(c.var.db, callerOf(c), c.req.valid("param").id, c.req.valid("query")),
        200,
      ),
  );
}
