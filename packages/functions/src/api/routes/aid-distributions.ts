import {
  AidDistribution,
  AidDistributionListQuery,
  aidDistributions,
  listAidDistributions,
} from "@entraide/core/aid-distribution";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerCrud } from "../crud.js";
import type { AppEnv } from "../env.js";

export function aidDistributionRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "aid-distributions",
    tag: "Aid distributions",
    repository: aidDistributions,
    record: AidDistribution.openapi("AidDistribution"),
    listQuery: AidDistributionListQuery,
    list: listAidDistributions as never,
  });
}
