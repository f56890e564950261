import { Center, CenterListQuery, centers, listCenters } from "@entraide/core/center";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerCrud } from "../crud.js";
import type { AppEnv } from "../env.js";

export function centerRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "centers",
    tag: "Centers",
    repository: centers,
    record: Center.openapi("Center"),
    listQuery: CenterListQuery,
    list: listCenters as never,
  });
}
