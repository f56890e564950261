import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beneficiaries, listBeneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import { centers } from "@entraide/core/center";
import type { Db } from "@entraide/core/db";
import { getLatestSnapshot } from "@entraide/core/indicators/snapshots";
import { beforeAll, describe, expect, it } from "vitest";
import { startAndRun } from "../../packages/functions/src/jobs/bilan-job.js";
import { parseBilanCsv } from "../../packages/functions/src/jobs/exports/csv.js";
import { article2015, expectedFigures, scaled } from "../../seeds/plan.js";
import { seedDataset } from "../../seeds/seed.js";
import { testDb } from "../support/db.js";
import { figuresOf, nonEmpty, readAll, tempExportStore } from "../support/exports.js";
import { must } from "../support/must.js";
import { parseBilanXlsx } from "../support/xlsx.js";

const SCALE = 0.005;
let db: Db;
let items: number;
beforeAll(async () => {
  db = await testDb();
  ({ items } = await seedDataset(db, { year: 2015, scale: SCALE }));
}, 120_000);

const countItems = async (target: Db) => {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await target.doc.send(
      new ScanCommand({ TableName: target.tableName, Select: "COUNT", ExclusiveStartKey: startKey }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
};

describe("the seed dataset", () => {
  it("gives the article's 2015 figures in proportion to its scale", async () => {
    const { store } = tempExportStore();
    const run = await startAndRun({ db, store }, 2015, "manual");
    const snapshot = must(await getLatestSnapshot(db, 2015), "the 2015 snapshot");
    expect(snapshot.values).toMatchObject(expectedFigures(SCALE));
    // Proportional: each figure is the article's times the scale, rounded (at least 1).
    expect(snapshot.values["beneficiaries.served"]).toBe(Math.round(article2015["beneficiaries.served"] * SCALE));
    expect(snapshot.values["centers.active"]).toBe(scaled(3988, SCALE));
    expect(snapshot.values["centers.ruralOrSemiUrbanShare"]).toBeCloseTo(0.5, 1);
    expect(snapshot.missingSources).toEqual([]);
    // Around the figures are records that must not count.
    expect(snapshot.sourceCounts.CENTER).toBeGreaterThan(snapshot.values["centers.active"]);
    expect(snapshot.sourceCounts.BENEFICIARY).toBeGreaterThan(snapshot.values["beneficiaries.served"]);
    expect(snapshot.sourceCounts.ENROLLMENT).toBeGreaterThan(snapshot.values["beneficiaries.served"]);

    const figures = { values: snapshot.values, breakdowns: nonEmpty(snapshot.breakdowns) };
    const csv = await readAll(must(await store.open(`bilan-2015-${run.runKey}.csv`), "the CSV export").body);
    expect(figuresOf(parseBilanCsv(csv))).toEqual(figures);
    const xlsx = await readAll(must(await store.open(`bilan-2015-${run.runKey}.xlsx`), "the XLSX export").body);
    expect(figuresOf(await parseBilanXlsx(xlsx))).toEqual(figures);
  });

  it("writes the registries' own items: national-ID guards and reference counts", async () => {
    const some = (await beneficiaries.list(db, systemCaller, { limit: 50 })).items;
    const withId = must(
      some.find((b) => b.nationalId),
      "a beneficiary with a national ID",
    );
    expect(
      (
        await listBeneficiaries(db, systemCaller, { nationalId: must(withId.nationalId, "a national ID"), limit: 25 })
      ).items.map((b) => b.id),
    ).toEqual([withId.id]);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = withId;
    await expect(beneficiaries.create(db, systemCaller, fields)).rejects.toMatchObject({
      code: "conflict",
      issues: [{ path: "nationalId" }],
    });
    // Enrolled people and centers with enrollments can't be deleted.
    await expect(beneficiaries.remove(db, systemCaller, must(some[0], "a beneficiary").id)).rejects.toMatchObject({
      code: "conflict",
    });
    const aCenter = must((await centers.list(db, systemCaller, { limit: 5 })).items[0], "a center");
    await expect(centers.remove(db, systemCaller, aCenter.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("is deterministic: seeding again writes the same items over themselves", async () => {
    const before = await countItems(db);
    const again = await seedDataset(db, { year: 2015, scale: SCALE });
    expect(again.items).toBe(items);
    expect(await countItems(db)).toBe(before);
  }, 120_000);
});
