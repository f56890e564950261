import { AuditEvent, AuditListQuery, listAuditEvents } from "@entraide/core/audit";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { error, page } from "../shapes.js";

/** The audit trail, for administrators. */
export function auditEventRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/audit-events",
      tags: ["Audit trail"],
      summary: "Who changed what, when, from which request",
      description:
        "Oldest first. Give `entityId` (one record's history), `actor` (`user:<username>`, `key:<id>`, `system`) or `entity` (a kind: CENTER, BENEFICIARY…); " +
        "the others filter. National IDs and phones are masked in `before` and `after`.",
      ...requires("audit-events:read"),
      request: { query: AuditListQuery },
      responses: {
        200: page(AuditEvent.openapi("AuditEvent"), "A page of events"),
        400: error("No filter, or an invalid one"),
      },
    }),
    async (c) => c.json(await listAuditEvents(c.var.db, c.req.valid("query")), 200),
  );
}
