import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import type { Db } from "@entraide/core/db";
import { type DemoDataState, demoDataStates } from "@entraide/core/glossary/local-server";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { anyone } from "./access/permissions.js";
import type { AppEnv } from "./env.js";
import { ErrorBody, errorResponse } from "./errors.js";

const Health = z
  .object({
    status: z.literal("ok"),
    demoData: z
      .enum(demoDataStates)
      .optional()
      .describe("`npm start` only: `loading` while the first start writes the demo data and its bilan, then `ready`"),
  })
  .openapi("Health");

/** Public: whether the API and its table answer (and, locally, whether the demo data is there). */
export function healthRoute(app: OpenAPIHono<AppEnv>, db: Db, demoData?: () => DemoDataState) {
  app.openapi(
    createRoute({
      ...anyone,
      method: "get",
      path: "/api/health",
      tags: ["System"],
      operationId: "getHealth",
      summary: "Whether the API and its table answer",
      responses: {
        200: { description: "Up", content: { "application/json": { schema: Health } } },
        503: { description: "The table does not answer yet", content: { "application/json": { schema: ErrorBody } } },
      },
    }),
    async (c) => {
      try {
        await db.doc.send(new DescribeTableCommand({ TableName: db.tableName }));
      } catch {
        return errorResponse(c, 503, "unavailable", "The table is not ready");
      }
      return c.json({ status: "ok" as const, ...(demoData ? { demoData: demoData() } : {}) }, 200);
    },
  );
}
