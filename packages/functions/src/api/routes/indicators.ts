import { DomainError } from "@entraide/core/errors";
import { breakdownKeys, indicatorKeys } from "@entraide/core/indicators/keys";
import { BilanRun, createRun, getRun } from "@entraide/core/indicators/runs";
import { assertNotFrozen, getLatestSnapshot, listBilanYears } from "@entraide/core/indicators/snapshots";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { BilanYear } from "../../jobs/schedule.js";
import { callerOf } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { error, json } from "../shapes.js";

const YearParam = z.object({ year: BilanYear.openapi({ param: { name: "year", in: "path" }, example: 2015 }) });
const RunParams = YearParam.extend({
  runId: z
    .string()
    .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "Expected a run id")
    .openapi({ param: { name: "runId", in: "path" } }),
});

const BilanBody = z
  .object({
    year: z.number().int(),
    computedAt: z.iso.datetime(),
    frozen: z.boolean(),
    runKey: z
      .string()
      .openapi({ description: "Names the snapshot and its exports: `closing`, `nightly-<date>` or `run-<id>`" }),
    runId: z.string().optional().openapi({ description: "The run that computed it" }),
    values: z.object(Object.fromEntries(indicatorKeys.map((k) => [k, z.number()]))),
    breakdowns: z.object(Object.fromEntries(breakdownKeys.map((k) => [k, z.record(z.string(), z.number())]))),
    sourceCounts: z.record(z.string(), z.number()),
    missingSources: z.array(z.object({ entity: z.string(), module: z.string(), keys: z.array(z.string()) })),
    exports: z.array(z.string()),
  })
  .openapi("Bilan");
const BilanYearItem = z
  .object({
    year: z.number().int(),
    status: z.enum(["provisional", "frozen"]).openapi({
      description: "`provisional`: recomputed each night; `frozen`: closed on 5 January by its closing run",
    }),
    computedAt: z.iso.datetime(),
    runKey: z.string(),
    runId: z.string().optional(),
    snapshotId: z.string(),
  })
  .openapi("BilanYear");
const RunStarted = z
  .object({ runId: z.string(), status: z.string(), statusUrl: z.string() })
  .openapi("BilanRunStarted");

/** The yearly bilan: the years that have one, their latest figures, and runs that compute them again. */
export function indicatorRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires("indicators:read"),
      operationId: "listBilanYears",
      method: "get",
      path: "/api/v1/indicators",
      tags: ["Bilan"],
      summary: "The years that have a bilan, newest first",
      description:
        "Each year's latest snapshot without its figures: whether it is provisional or frozen, when and by which run it was computed.",
      request: { query: z.strictObject({}) },
      responses: {
        200: json(z.object({ items: z.array(BilanYearItem) }), "The years, newest first"),
        400: error("Unknown query parameter"),
        401: error("Not signed in"),
        403: error("Without the indicators:read right"),
        429: error("Too many requests from this API key"),
      },
    }),
    async (c) => c.json({ items: await listBilanYears(c.var.db) }, 200),
  );

  app.openapi(
    createRoute({
      ...requires("indicators:read"),
      method: "get",
      path: "/api/v1/indicators/{year}",
      operationId: "getBilan",
      tags: ["Bilan"],
      summary: "The latest bilan of a year",
      description:
        "Figures named by key, breakdowns, and the sources not available yet (their figures are 0). A closed year's bilan is frozen.",
      request: { params: YearParam },
      responses: {
        200: json(BilanBody, "The latest snapshot"),
        400: error("Invalid year"),
        404: error("Not computed yet"),
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const snapshot = await getLatestSnapshot(c.var.db, year);
      if (!snapshot)
        throw new DomainError(
          "not_found",
          `No bilan for ${year} yet: it is computed nightly, or now with POST /api/v1/indicators/${year}/runs`,
        );
      const {
        year: y,
        computedAt,
        frozen,
        runKey,
        runId,
        values,
        breakdowns,
        sourceCounts,
        missingSources,
        exports,
      } = snapshot;
      return c.json(
        {
          year: y,
          computedAt,
          frozen,
          runKey,
          ...(runId ? { runId } : {}),
          values,
          breakdowns,
          sourceCounts,
          missingSources,
          exports,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      ...requires("indicators:write"),
      method: "post",
      path: "/api/v1/indicators/{year}/runs",
      operationId: "startBilanRun",
      tags: ["Bilan"],
      summary: "Compute a year's bilan now",
      description:
        "Answers at once (202) and computes in the background: follow `statusUrl`. In `npm start` the run goes on in the server's process; " +
        "in AWS the recorded run starts the job function (through the table's stream). 409 when the year is closed (frozen).",
      request: { params: YearParam },
      responses: {
        202: json(RunStarted, "The run is started"),
        400: error("Invalid year"),
        409: error("The year is closed"),
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      await assertNotFrozen(c.var.db, year);
      const run = await createRun(c.var.db, year, "manual", undefined, callerOf(c));
      await c.var.indicators.launch(run);
      const statusUrl = `/api/v1/indicators/${year}/runs/${run.runId}`;
      c.header("Location", statusUrl);
      return c.json({ runId: run.runId, status: run.status, statusUrl }, 202);
    },
  );

  app.openapi(
    createRoute({
      ...requires("indicators:read"),
      method: "get",
      path: "/api/v1/indicators/{year}/runs/{runId}",
      operationId: "getBilanRun",
      tags: ["Bilan"],
      summary: "Follow a run",
      request: { params: RunParams },
      responses: {
        200: json(BilanRun.openapi("BilanRun"), "The run: queued, running, succeeded, skipped or failed"),
        404: error("No such run"),
      },
    }),
    async (c) => {
      const { year, runId } = c.req.valid("param");
      return c.json(await getRun(c.var.db, year, runId), 200);
    },
  );
}
