import {
  listVigilanceAlerts,
  VigilanceAlert,
  VigilanceAlertListQuery,
  vigilanceAlerts,
} from "@entraide/core/vigilance-alert";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerChildRoutes } from "../child-routes.js";
import type { AppEnv } from "../env.js";

/** A vigilance cell's routes beyond its record: the alerts it receives. */
export function vigilanceCellRoutes(app: OpenAPIHono<AppEnv>) {
  registerChildRoutes(app, {
    parentPath: "vigilance-cells",
    path: "alerts",
    tag: "Vigilance cells",
    keyParam: "alertId",
    record: VigilanceAlert.openapi("VigilanceAlert"),
    listQuery: VigilanceAlertListQuery,
    repository: vigilanceAlerts,
    list: listVigilanceAlerts,
    summaries: {
      list: "The alerts of this cell (filter by status)",
      create: "Report an alert",
      conflict: "Duplicate alert",
    },
  });
}
