import { readdirSync } from "node:fs";
import type { Db } from "@entraide/core/db";
import { moroccoToday } from "@entraide/core/indicators/period";
import { createRun, getRun } from "@entraide/core/indicators/runs";
import { FrozenYearError, getLatestSnapshot, saveSnapshot } from "@entraide/core/indicators/snapshots";
import { beforeAll, describe, expect, it } from "vitest";
import { executeRun, startAndRun } from "../../packages/functions/src/jobs/bilan-job.js";
import { listExports } from "../../packages/functions/src/jobs/export-catalog.js";
import type { ExportStore } from "../../packages/functions/src/jobs/export-store.js";
import { parseBilanCsv } from "../../packages/functions/src/jobs/exports/csv.js";
import { createIndicatorsHandler } from "../../packages/functions/src/jobs/indicators-handler.js";
import { expected2015, makeBilanRecords } from "../support/bilan-records.js";
import { testDb } from "../support/db.js";
import { figuresOf, nonEmpty, readAll, tempExportStore } from "../support/exports.js";
import { must } from "../support/must.js";
import { parseBilanXlsx } from "../support/xlsx.js";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await makeBilanRecords(db);
});

const read = async (store: ExportStore, id: string) => readAll(must(await store.open(id), `the export ${id}`).body);

describe("the bilan job", () => {
  it("stores a snapshot and writes CSV, XLSX and JSON exports that read back to it", async () => {
    const { store } = tempExportStore();
    const run = await startAndRun({ db, store }, 2015, "manual");
    expect(run).toMatchObject({ status: "succeeded", snapshotId: `2015-${run.runKey}` });
    const snapshot = must(await getLatestSnapshot(db, 2015), "the 2015 snapshot");
    expect(snapshot).toMatchObject({
      year: 2015,
      frozen: false,
      values: expected2015.values,
      breakdowns: expected2015.breakdowns,
    });
    const listed = await listExports(db, 2015);
    expect(listed.map((e) => e.id).sort()).toEqual(snapshot.exports.slice().sort());
    for (const entry of listed) expect(entry.size).toBe((await read(store, entry.id)).length);

    const csv = await read(store, `bilan-2015-${run.runKey}.csv`);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for Arabic
    expect(csv.toString("utf8")).toContain("المستفيدون");
    expect(figuresOf(parseBilanCsv(csv))).toEqual({
      values: snapshot.values,
      breakdowns: nonEmpty(snapshot.breakdowns),
    });

    const xlsxRows = await parseBilanXlsx(await read(store, `bilan-2015-${run.runKey}.xlsx`));
    expect(figuresOf(xlsxRows)).toEqual({ values: snapshot.values, breakdowns: nonEmpty(snapshot.breakdowns) });
    expect(xlsxRows.find((r) => r.key === "centers.active")).toMatchObject({
      labelFr: "Centres actifs",
      labelAr: "المراكز النشطة",
    });

    expect(JSON.parse((await read(store, `bilan-2015-${run.runKey}.json`)).toString())).toEqual(snapshot);
  });

  it("reruns a run under the same key into the same snapshot and files", async () => {
    const { store, folder } = tempExportStore();
    const first = await startAndRun({ db, store }, 2015, "nightly", "nightly-2015-06-01");
    const again = await startAndRun({ db, store }, 2015, "nightly", "nightly-2015-06-01");
    expect(again.snapshotId).toBe(first.snapshotId);
    expect(readdirSync(folder).sort()).toEqual([
      "bilan-2015-nightly-2015-06-01.csv",
      "bilan-2015-nightly-2015-06-01.json",
      "bilan-2015-nightly-2015-06-01.xlsx",
    ]);
    expect((await listExports(db, 2015)).filter((e) => e.id.includes("nightly-2015-06-01"))).toHaveLength(3);
  });

  it("leaves no snapshot when a run crashes midway, and its rerun completes it", async () => {
    const { store, folder } = tempExportStore();
    let failOnce = true;
    const flaky: ExportStore = {
      ...store,
      put: async (id, body) => {
        if (id.endsWith(".xlsx") && failOnce) {
          failOnce = false;
          throw new Error("disk full");
        }
        return store.put(id, body);
      },
    };
    const crashDb = await testDb();
    await makeBilanRecords(crashDb);
    const run = await createRun(crashDb, 2015, "nightly", "nightly-2015-07-01");
    await expect(executeRun({ db: crashDb, store: flaky }, run)).rejects.toThrow("disk full");
    expect(await getRun(crashDb, 2015, run.runId)).toMatchObject({
      status: "failed",
      message: expect.stringContaining("disk full"),
    });
    expect(await getLatestSnapshot(crashDb, 2015)).toBeUndefined();
    expect((await listExports(crashDb)).map((e) => e.id)).toEqual(["bilan-2015-nightly-2015-07-01.csv"]);

    const rerun = await executeRun({ db: crashDb, store: flaky }, run);
    expect(rerun.status).toBe("succeeded");
    expect((await getLatestSnapshot(crashDb, 2015))?.values).toEqual(expected2015.values);
    expect(readdirSync(folder).sort()).toEqual([
      "bilan-2015-nightly-2015-07-01.csv",
      "bilan-2015-nightly-2015-07-01.json",
      "bilan-2015-nightly-2015-07-01.xlsx",
    ]);
    expect((await listExports(crashDb)).map((e) => e.id).sort()).toEqual(readdirSync(folder).sort());
  });

  it("freezes the closing bilan: later runs of that year leave it as it is", async () => {
    const frozenDb = await testDb();
    await makeBilanRecords(frozenDb);
    const { store } = tempExportStore();
    const closing = await startAndRun({ db: frozenDb, store }, 2015, "closing", "closing");
    const frozen = must(await getLatestSnapshot(frozenDb, 2015), "the 2015 snapshot");
    expect(frozen).toMatchObject({ id: "2015-closing", frozen: true });

    const later = await startAndRun({ db: frozenDb, store }, 2015, "nightly", "nightly-2016-01-06");
    expect(later).toMatchObject({
      status: "skipped",
      snapshotId: closing.snapshotId,
      message: expect.stringContaining("closed"),
    });
    expect(await getLatestSnapshot(frozenDb, 2015)).toEqual(frozen);
    await expect(
      saveSnapshot(frozenDb, {
        ...frozen,
        runKey: "late",
        id: "2015-late",
        frozen: false,
        computedAt: new Date().toISOString(),
      }),
    ).rejects.toBeInstanceOf(FrozenYearError);
  });
});

describe("the scheduled handler", () => {
  it("computes the current year nightly, keyed by the day", async () => {
    const { store } = tempExportStore();
    const handler = createIndicatorsHandler({ db, store });
    const today = moroccoToday();
    const run = (await handler({ mode: "nightly" }, {} as never)) as { year: number; runKey: string; status: string };
    expect(run).toMatchObject({ year: Number(today.slice(0, 4)), runKey: `nightly-${today}`, status: "succeeded" });
  });

  it("closes the year before on the closing run", async () => {
    const closingDb = await testDb();
    const handler = createIndicatorsHandler({ db: closingDb, store: tempExportStore().store });
    const run = (await handler({ mode: "closing" }, {} as never)) as { year: number; runKey: string };
    expect(run).toMatchObject({ year: Number(moroccoToday().slice(0, 4)) - 1, runKey: "closing" });
    expect((await getLatestSnapshot(closingDb, run.year))?.frozen).toBe(true);
  });

  it("executes a run the API recorded", async () => {
    const { store } = tempExportStore();
    const run = await createRun(db, 2015, "manual");
    const done = (await createIndicatorsHandler({ db, store })(
      { mode: "run", year: 2015, runId: run.runId },
      {} as never,
    )) as { status: string };
    expect(done.status).toBe("succeeded");
  });

  it("refuses an event that is not a schedule's, naming what is wrong", async () => {
    const handler = createIndicatorsHandler({ db, store: tempExportStore().store });
    await expect(handler({ mode: "weekly" }, {} as never)).rejects.toThrow(/Invalid indicators event: mode/);
    await expect(handler({ mode: "run", year: 1900, runId: "x" }, {} as never)).rejects.toThrow(
      /year: Entraide Nationale dates from 1957; runId: Expected a run id/,
    );
  });
});
