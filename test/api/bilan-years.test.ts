// First: the API's zod extension must be loaded before the registries' schemas are made.
import "../../packages/functions/src/api/app.js";

import type { Db } from "@entraide/core/db";
import { beforeAll, describe, expect, it } from "vitest";
import { startAndRun } from "../../packages/functions/src/jobs/bilan-job.js";
import { bilanTestApi } from "../support/bilan-api.js";

let db: Db;
let api: Awaited<ReturnType<typeof bilanTestApi>>["api"];
let launcher: Awaited<ReturnType<typeof bilanTestApi>>["launcher"];
let store: Awaited<ReturnType<typeof bilanTestApi>>["store"];

beforeAll(async () => {
  ({ db, api, launcher, store } = await bilanTestApi());
});

describe("the years that have a bilan", () => {
  it("are none before any run", async () => {
    const listed = await api.call("GET", "/api/v1/indicators");
    expect(listed).toMatchObject({ status: 200, body: { items: [] } });
  });

  it("are listed newest first, each with its status, date and run", async () => {
    await startAndRun({ db, store }, 2014, "closing", "closing");
    const started = await api.call("POST", "/api/v1/indicators/2015/runs");
    await launcher.settled();

    const { status, body } = await api.call("GET", "/api/v1/indicators", undefined, await api.as("finance"));
    expect(status).toBe(200);
    expect(body.items).toEqual([
      {
        year: 2015,
        status: "provisional",
        computedAt: expect.any(String),
        runKey: `run-${started.body.runId.toLowerCase()}`,
        runId: started.body.runId,
        snapshotId: expect.stringMatching(/^2015-run-/),
      },
      {
        year: 2014,
        status: "frozen",
        computedAt: expect.any(String),
        runKey: "closing",
        runId: expect.any(String),
        snapshotId: "2014-closing",
      },
    ]);
    // The year's own bilan names the same run.
    const bilan = await api.call("GET", "/api/v1/indicators/2015");
    expect(bilan.body).toMatchObject({ runKey: body.items[0].runKey, runId: started.body.runId });
  });

  it("name the newer run after a recompute, and the run tells how it ended", async () => {
    const started = await api.call("POST", "/api/v1/indicators/2015/runs");
    await launcher.settled();
    const run = await api.call("GET", started.body.statusUrl);
    expect(run.body).toMatchObject({ status: "succeeded", snapshotId: `2015-run-${started.body.runId.toLowerCase()}` });
    const { body } = await api.call("GET", "/api/v1/indicators");
    expect(body.items.map((y: { year: number; runId: string }) => [y.year, y.runId])[0]).toEqual([
      2015,
      started.body.runId,
    ]);
  });

  it("are refused without credentials (401) and answer 400 to unknown parameters", async () => {
    expect((await api.call("GET", "/api/v1/indicators", undefined, { authorization: "" })).status).toBe(401);
    const bad = await api.call("GET", "/api/v1/indicators?year=2015");
    expect(bad.status).toBe(400);
  });

  it("are declared in the OpenAPI document with every status, an operationId and a permission", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    const op = doc.paths["/api/v1/indicators"].get;
    expect(op.operationId).toBe("listBilanYears");
    expect(op["x-permission"]).toEqual({ scope: "indicators:read" });
    expect(Object.keys(op.responses).sort()).toEqual(["200", "400", "401", "403", "429"]);
  });
});
