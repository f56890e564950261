import { Grant, GrantListQuery, grants, listGrants } from "@entraide/core/grant";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerCrud } from "../crud.js";
import type { AppEnv } from "../env.js";

export function grantRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "grants",
    tag: "FACS grants",
    repository: grants,
    record: Grant.openapi("Grant"),
    listQuery: GrantListQuery,
    list: listGrants as never,
  });
}
