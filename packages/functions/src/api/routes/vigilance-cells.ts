import {
  listVigilanceAlerts,
  VigilanceAlert,
  VigilanceAlertListQuery,
  vigilanceAlerts,
} from "@entraide/core/vigilance-alert";
import {
  listVigilanceCells,
  VigilanceCell,
  VigilanceCellListQuery,
  vigilanceCells,
} from "@entraide/core/vigilance-cell";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerChildRoutes } from "../child-routes.js";
import { registerCrud } from "../crud.js";
import type { AppEnv } from "../env.js";

export function vigilanceCellRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "vigilance-cells",
    tag: "Vigilance cells",
    repository: vigilanceCells,
    record: VigilanceCell.openapi("VigilanceCell"),
    listQuery: VigilanceCellListQuery,
    list: listVigilanceCells as never,
  });

  registerChildRoutes(app, {
    parentPath: "vigilance-cells",
    path: "alerts",
    tag: "Vigilance cells",
    keyParam: "alertId",
    record: VigilanceAlert.openapi("VigilanceAlert"),
    listQuery: VigilanceAlertListQuery,
    repository: vigilanceAlerts as never,
    list: listVigilanceAlerts,
    summaries: {
      list: "The alerts of this cell (filter by status)",
      create: "Report an alert",
      conflict: "Duplicate alert",
    },
  });
}
