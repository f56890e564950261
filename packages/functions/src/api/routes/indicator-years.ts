import { listBilanYears } from "@entraide/core/indicators/years";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { requires } from "../access/permissions.js";
import { error, json } from "../crud.js";
import type { AppEnv } from "../env.js";

/** Entraide Nationale's first year; a bilan can't be older. */
const FIRST_YEAR = 1957;

const BilanYearItem = z
  .object({
    year: z.number().int().openapi({ example: 2015 }),
    status: z.enum(["provisional", "frozen"]).openapi({ description: "provisional: computed nightly; frozen: the closing bilan of 5 January, never computed again" }),
    computedAt: z.iso.datetime(),
    runId: z.string().nullable().openapi({ description: "The run that computed it (GET …/indicators/{year}/runs/{runId}); null for bilans older than run names" }),
  })
  .openapi("BilanYear");

/** Which years have a bilan: what a year picker and the dashboard start from. */
export function indicatorYearRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires("indicators:read"),
      method: "get", path: "/api/v1/indicators", operationId: "listIndicatorYears", tags: ["Bilan"], summary: "The years that have a bilan, newest first",
      description: "Each year's latest bilan: provisional or frozen, when it was computed and by which run. Empty before any bilan is computed.",
      responses: {
        200: json(z.object({ items: z.array(BilanYearItem) }), "The years with a bilan, newest first"),
        401: error("Not signed in"),
        403: error("Without the indicators:read right"),
        429: { ...error("Too many requests for this API key"), headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } } },
      },
    }),
    async (c) => {
      const last = new Date().getUTCFullYear() + 1;
      const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
      return c.json({ items: await listBilanYears(c.var.db, years) }, 200);
    },
  );
}
