import { provinces, RegionCode, regions } from "@entraide/core/territory";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";

const Region = z.object({ code: z.string(), nameFr: z.string(), nameAr: z.string() }).openapi("Region");
const Province = Region.extend({ regionCode: z.string(), kind: z.enum(["prefecture", "province"]) }).openapi(
  "Province",
);

/** Read-only reference data: the 12 regions of 2015 and their 75 prefectures and provinces. */
export function territoryRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires("territories:read"),
      method: "get",
      path: "/api/v1/territories",
      tags: ["Territories"],
      summary: "Regions with their prefectures and provinces",
      responses: {
        200: {
          description: "All territories",
          content: {
            "application/json": {
              schema: z.object({ regions: z.array(Region.extend({ provinces: z.array(Province) })) }),
            },
          },
        },
      },
    }),
    (c) => {
      c.header("Cache-Control", "public, max-age=86400");
      return c.json(
        { regions: regions.map((r) => ({ ...r, provinces: provinces.filter((p) => p.regionCode === r.code) })) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      ...requires("territories:read"),
      method: "get",
      path: "/api/v1/territories/provinces",
      operationId: "listProvinces",
      tags: ["Territories"],
      summary: "Prefectures and provinces, optionally of one region",
      request: { query: z.strictObject({ regionCode: RegionCode.optional() }) },
      responses: {
        200: {
          description: "Provinces",
          content: { "application/json": { schema: z.object({ items: z.array(Province) }) } },
        },
      },
    }),
    (c) => {
      const { regionCode } = c.req.valid("query");
      return c.json({ items: provinces.filter((p) => !regionCode || p.regionCode === regionCode) }, 200);
    },
  );
}
