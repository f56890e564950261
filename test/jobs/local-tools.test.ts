import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import { getLatestSnapshot } from "@entraide/core/indicators/snapshots";
import { describe, expect, it } from "vitest";
import { listExports } from "../../packages/functions/src/jobs/export-catalog.js";
import {
  claimDataDir,
  DataDirBusyError,
  dataDirOwner,
  noteDataDirUrl,
} from "../../packages/functions/src/local/data-dir-lock.js";
import { loadDemoDataOnce } from "../../packages/functions/src/local/demo-data.js";
import { testDb } from "../support/db.js";
import { tempExportStore } from "../support/exports.js";

const countPeople = async (db: Awaited<ReturnType<typeof testDb>>) =>
  (await beneficiaries.list(db, systemCaller, { limit: 100 })).items.length;

describe("first start", () => {
  it("loads the demo year and its bilan once, then never again", async () => {
    const db = await testDb();
    const { store } = tempExportStore();
    expect(await loadDemoDataOnce(db, store, { year: 2015, scale: 0.0005 })).toContain("demo data loaded");
    const people = await countPeople(db);
    expect(people).toBeGreaterThan(0);
    expect((await getLatestSnapshot(db, 2015))?.values["beneficiaries.served"]).toBe(Math.round(493_970 * 0.0005));
    expect((await listExports(db, 2015)).length).toBe(3);

    expect(await loadDemoDataOnce(db, store, { year: 2015, scale: 0.0005 })).toBeUndefined();
    expect(await countPeople(db)).toBe(people);
  });

  it("starts empty with ENTRAIDE_DEMO_DATA=off, and stays so on later starts", async () => {
    const db = await testDb();
    const { store } = tempExportStore();
    expect(await loadDemoDataOnce(db, store, "off")).toContain("empty registry");
    expect(await loadDemoDataOnce(db, store, { year: 2015, scale: 0.0005 })).toBeUndefined();
    expect(await countPeople(db)).toBe(0);
  });
});

describe("the data folder's lock", () => {
  it("refuses a second engine on DATA_DIR, saying who holds it", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "entraide-data-"));
    // Another live process (this test's parent) holds it.
    writeFileSync(
      join(dataDir, "engine.lock"),
      JSON.stringify({ pid: process.ppid, what: "npm start", url: "http://localhost:3000" }),
    );
    expect(dataDirOwner(dataDir)).toMatchObject({ what: "npm start" });
    expect(() => claimDataDir(dataDir, "npm run indicators")).toThrow(DataDirBusyError);
    expect(() => claimDataDir(dataDir, "npm run indicators")).toThrow(
      /in use by npm start \(pid \d+\).*wait for it to end, or stop it first/,
    );
  });

  it("takes over a lock left by a process that is gone, and frees it", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "entraide-data-"));
    writeFileSync(join(dataDir, "engine.lock"), JSON.stringify({ pid: 2 ** 22 + 12_345, what: "npm start" }));
    const release = claimDataDir(dataDir, "npm run seed");
    noteDataDirUrl(dataDir, "http://localhost:4000");
    release();
    expect(dataDirOwner(dataDir)).toBeUndefined();
    claimDataDir(dataDir, "npm run seed")();
  });
});
