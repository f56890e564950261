import { notFound } from "@entraide/core/errors";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { listExports } from "../../jobs/export-catalog.js";
import { ExportId, exportFormats } from "../../jobs/export-store.js";
import { BilanYear } from "../../jobs/schedule.js";
import { requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { error, json } from "../shapes.js";

const ExportItem = z
  .object({
    id: z.string(),
    year: z.number().int(),
    format: z.enum(exportFormats),
    size: z.number().int(),
    createdAt: z.iso.datetime(),
    url: z.string(),
  })
  .openapi("Export");

/** The bilan's exports (CSV, XLSX, JSON) for finance staff. */
export function exportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires("exports:read"),
      method: "get",
      path: "/api/v1/exports",
      tags: ["Bilan"],
      summary: "The bilan's exports, newest first",
      description:
        "`url` downloads the file: through this API in `npm start`, a presigned link valid 5 minutes in AWS.",
      request: { query: z.strictObject({ year: BilanYear.optional() }) },
      responses: { 200: json(z.object({ items: z.array(ExportItem) }), "Exports"), 400: error("Invalid year") },
    }),
    async (c) => {
      const { year } = c.req.valid("query");
      const store = c.var.indicators.store;
      const entries = await listExports(c.var.db, year);
      const items = await Promise.all(entries.map(async (e) => ({ ...e, url: await store.downloadUrl(e.id) })));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...requires("exports:read"),
      method: "get",
      path: "/api/v1/exports/{id}/download",
      operationId: "downloadExport",
      tags: ["Bilan"],
      summary: "Download an export",
      request: {
        params: z.object({
          id: ExportId.openapi({ param: { name: "id", in: "path" }, example: "bilan-2015-closing.xlsx" }),
        }),
      },
      responses: {
        200: { description: "The file" },
        302: { description: "To the file's presigned link (AWS)" },
        404: error("No such export"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const store = c.var.indicators.store;
      const url = await store.downloadUrl(id);
      if (/^https?:/.test(url)) return c.redirect(url, 302);
      const file = await store.open(id);
      if (!file) throw notFound("export", id);
      return c.body(file.body, 200, {
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename="${id}"`,
      });
    },
  );
}
