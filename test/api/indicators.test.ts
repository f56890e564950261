// First: the API's zod extension must be loaded before the registries' schemas are made.
import "../../packages/functions/src/api/app.js";

import type { Db } from "@entraide/core/db";
import { beforeAll, describe, expect, it } from "vitest";
import { startAndRun } from "../../packages/functions/src/jobs/bilan-job.js";
import { parseBilanCsv } from "../../packages/functions/src/jobs/exports/csv.js";
import { bilanTestApi } from "../support/bilan-api.js";
import { expected2015 } from "../support/bilan-records.js";
import { figuresOf } from "../support/exports.js";
import type { Json } from "../support/json.js";
import { parseBilanXlsx } from "../support/xlsx.js";

let db: Db;
let api: Awaited<ReturnType<typeof bilanTestApi>>["api"];
let launcher: Awaited<ReturnType<typeof bilanTestApi>>["launcher"];
let store: Awaited<ReturnType<typeof bilanTestApi>>["store"];

beforeAll(async () => {
  ({ db, api, launcher, store } = await bilanTestApi());
});

/** Signed in as an administrator; binary bodies (downloads) come back as buffers. */
const call = async (method: string, path: string) => {
  const response = await api.app.request(path, { method, headers: await api.as("admin") });
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("json") ? await response.json() : Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body: body as Json };
};

describe("the bilan over HTTP", () => {
  it("answers 404 for a year not computed yet, 400 for something not a year", async () => {
    expect((await call("GET", "/api/v1/indicators/2013")).status).toBe(404);
    const bad = await call("GET", "/api/v1/indicators/last-year");
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe("year");
    expect((await call("GET", "/api/v1/indicators/1900")).status).toBe(400);
  });

  it("starts a run (202), follows it to the end, then serves the figures", async () => {
    const started = await call("POST", "/api/v1/indicators/2015/runs");
    expect(started.status).toBe(202);
    expect(started.body).toEqual({
      runId: expect.any(String),
      status: "queued",
      statusUrl: `/api/v1/indicators/2015/runs/${started.body.runId}`,
    });
    expect(started.headers.get("location")).toBe(started.body.statusUrl);
    await launcher.settled();

    const run = await call("GET", started.body.statusUrl);
    expect(run.body).toMatchObject({ runId: started.body.runId, year: 2015, trigger: "manual", status: "succeeded" });

    const bilan = await call("GET", "/api/v1/indicators/2015");
    expect(bilan.status).toBe(200);
    expect(bilan.body).toMatchObject({
      year: 2015,
      frozen: false,
      values: expected2015.values,
      breakdowns: expected2015.breakdowns,
      missingSources: [],
    });
    expect(Date.parse(bilan.body.computedAt)).not.toBeNaN();
  });

  it("lists the exports and downloads each through the API", async () => {
    const listed = await call("GET", "/api/v1/exports?year=2015");
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((i: { format: string }) => i.format).sort()).toEqual(["csv", "json", "xlsx"]);
    const byFormat = Object.fromEntries(listed.body.items.map((i: { format: string }) => [i.format, i]));
    expect(byFormat.csv).toMatchObject({
      year: 2015,
      size: expect.any(Number),
      url: `/api/v1/exports/${byFormat.csv.id}/download`,
    });

    const csv = await call("GET", byFormat.csv.url);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="${byFormat.csv.id}"`);
    expect(figuresOf(parseBilanCsv(csv.body)).values).toEqual(expected2015.values);
    const xlsx = await call("GET", byFormat.xlsx.url);
    expect(Number(xlsx.headers.get("content-length"))).toBe(byFormat.xlsx.size);
    expect(figuresOf(await parseBilanXlsx(xlsx.body)).values).toEqual(expected2015.values);

    expect((await call("GET", "/api/v1/exports?year=2014")).body.items).toEqual([]);
    expect((await call("GET", "/api/v1/exports")).body.items.length).toBeGreaterThanOrEqual(3);
  });

  it("refuses bad export ids and years, and answers 404 for a missing file", async () => {
    expect((await call("GET", "/api/v1/exports?year=twenty")).status).toBe(400);
    expect((await call("GET", "/api/v1/exports?format=csv")).status).toBe(400);
    expect((await call("GET", "/api/v1/exports/secrets.json/download")).status).toBe(400);
    expect((await call("GET", "/api/v1/exports/..%2F..%2Fsecrets.json/download")).status).toBe(400);
    expect((await call("GET", "/api/v1/exports/bilan-2015-nothing.csv/download")).status).toBe(404);
  });

  it("answers 404 for an unknown run and 400 for a malformed run id", async () => {
    expect((await call("GET", "/api/v1/indicators/2015/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV")).status).toBe(404);
    expect((await call("GET", "/api/v1/indicators/2015/runs/nope")).status).toBe(400);
  });

  it("refuses a run for a closed year (409) and keeps serving its frozen bilan", async () => {
    await startAndRun({ db, store }, 2014, "closing", "closing");
    const refused = await call("POST", "/api/v1/indicators/2014/runs");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("2014 is closed");
    expect((await call("GET", "/api/v1/indicators/2014")).body).toMatchObject({ year: 2014, frozen: true });
  });

  it("documents the routes", async () => {
    const doc = (await call("GET", "/api/openapi.json")).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/indicators/{year}",
        "/api/v1/indicators/{year}/runs",
        "/api/v1/indicators/{year}/runs/{runId}",
        "/api/v1/exports",
        "/api/v1/exports/{id}/download",
      ]),
    );
  });
});
