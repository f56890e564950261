import { Participation, ParticipationListQuery, participations } from "@entraide/core/exhibition-participation";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerChildRoutes } from "../child-routes.js";
import type { AppEnv } from "../env.js";

/** An exhibition's routes beyond its record: the cooperatives taking part. */
export function exhibitionRoutes(app: OpenAPIHono<AppEnv>) {
  registerChildRoutes(app, {
    parentPath: "exhibitions",
    path: "participants",
    tag: "Exhibitions",
    keyParam: "cooperativeId",
    record: Participation.openapi("ExhibitionParticipation"),
    listQuery: ParticipationListQuery,
    repository: participations,
    summaries: {
      list: "The cooperatives taking part in this exhibition",
      create: "Add a participating cooperative (once per exhibition)",
      conflict: "The cooperative takes part already",
    },
  });
}
