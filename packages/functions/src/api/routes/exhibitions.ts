import { listShape } from "@entraide/core/common";
import { Exhibition, ExhibitionListQuery, exhibitions, listExhibitions } from "@entraide/core/exhibition";
import {
  CooperativeExhibition,
  listExhibitionsOfCooperative,
  Participation,
  ParticipationListQuery,
  participations,
} from "@entraide/core/exhibition-participation";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import { registerChildRoutes } from "../child-routes.js";
import { error, IdParam, json, registerCrud } from "../crud.js";
import type { AppEnv, Ctx } from "../env.js";

export function exhibitionRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "exhibitions",
    tag: "Exhibitions",
    repository: exhibitions,
    record: Exhibition.openapi("Exhibition"),
    listQuery: ExhibitionListQuery,
    list: listExhibitions as never,
  });

  registerChildRoutes(app, {
    parentPath: "exhibitions",
    path: "participants",
    tag: "Exhibitions",
    keyParam: "cooperativeId",
    record: Participation.openapi("ExhibitionParticipation"),
    listQuery: ParticipationListQuery,
    repository: participations as never,
    summaries: {
      list: "The cooperatives taking part in this exhibition",
      create: "Add a participating cooperative (once per exhibition)",
      conflict: "The cooperative takes part already",
    },
  });

  app.openapi(
    createRoute({
      ...requires("cooperatives:read"),
      method: "get",
      path: "/api/v1/cooperatives/{id}/exhibitions",
      tags: ["Cooperatives"],
      summary: "The exhibitions this cooperative took part in, oldest first",
      request: { params: IdParam, query: z.strictObject(listShape) },
      responses: {
        200: json(
          z.object({ items: z.array(CooperativeExhibition), nextCursor: z.string().nullable() }),
          "A page of participations with their exhibition",
        ),
        404: error("No such cooperative"),
      },
    }),
    (async (c: Ctx) =>
      c.json(
        await listExhibitionsOfCooperative(
          c.var.db,
          callerOf(c),
          c.req.param("id")!,
          c.req.valid("query" as never) as never,
        ),
        200,
      )) as never,
  );
}
