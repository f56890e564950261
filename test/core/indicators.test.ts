import type { Db } from "@entraide/core/db";
import { computeBilan } from "@entraide/core/indicators/compute";
import { indicatorKeys } from "@entraide/core/indicators/keys";
import { registerSource } from "@entraide/core/indicators/source";
import { bilanSources } from "@entraide/core/indicators/sources";
import { beforeAll, describe, expect, it } from "vitest";
import { expected2015, makeBilanRecords } from "../support/bilan-records.js";
import { testDb } from "../support/db.js";
import { must } from "../support/must.js";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await makeBilanRecords(db);
});

describe("the bilan's figures on hand-made records", () => {
  it("counts every figure of 2015 by its definition", async () => {
    const bilan = await computeBilan(db, 2015);
    expect(bilan.values).toEqual(expected2015.values);
    expect(Object.keys(bilan.values)).toEqual([...indicatorKeys]);
    expect(bilan.missingSources).toEqual([]);
  });

  it("splits the figures by type, region, area, category, sex, age band and kind", async () => {
    const bilan = await computeBilan(db, 2015);
    expect(bilan.breakdowns).toEqual(expected2015.breakdowns);
  });

  it("reads another year with the same rules", async () => {
    const bilan = await computeBilan(db, 2014);
    expect(bilan.values).toMatchObject({
      "centers.active": 4, // A, C, D, F (B opened in 2015)
      "beneficiaries.served": 2, // p1 (from 2014-09), p3
      "exhibitions.held": 1, // X0
      "cooperatives.supported": 2, // k2 hosted since 2014, k3 (X0 and a stay that ended on 31 Dec 2014)
      "socialCare.institutionsSupported": 1, // F in 2014
      "aid.foodRecipientsWithDisability": 1, // p5 on 31 Dec 2014
      "facs.incomeGeneratingBeneficiaries": 1, // p5's disbursed grant
      "vigilanceCells.active": 3, // MA-CAS, MA-RAB (dissolved on 31 Dec 2014), MA-FES
    });
  });

  it("counts the items it read, per source, in the same scan", async () => {
    const bilan = await computeBilan(db, 2015, { segments: 3 });
    expect(bilan.sourceCounts).toMatchObject({
      CENTER: 6,
      BENEFICIARY: 6,
      ENROLLMENT: 7,
      HOSTING: 6,
      EXHIBITION_PARTICIPATION: 4,
      VIGILANCE_ALERT: 4,
    });
    expect(bilan.values).toEqual(expected2015.values);
  });
});

describe("sources", () => {
  it("reports a source whose module is missing, with the figures it feeds at 0", async () => {
    const withoutGrants = bilanSources.map((s) => (s.entity === "GRANT" ? registerSource(s, undefined) : s));
    const bilan = await computeBilan(db, 2015, { sources: withoutGrants });
    expect(bilan.missingSources).toEqual([
      { entity: "GRANT", module: "grant", keys: ["facs.incomeGeneratingBeneficiaries", "facs.amountMad"] },
    ]);
    expect(bilan.values["facs.incomeGeneratingBeneficiaries"]).toBe(0);
    expect(bilan.values["facs.amountMad"]).toBe(0);
    expect(bilan.values["beneficiaries.served"]).toBe(4);
    expect(bilan.sourceCounts.GRANT).toBeUndefined();
  });

  it("refuses a source registered against another kind of record", () => {
    const centerSource = must(
      bilanSources.find((s) => s.entity === "CENTER"),
      "the centers' source",
    );
    expect(() => registerSource({ ...centerSource, entity: "COOPERATIVE" }, { prefix: "CENTER" })).toThrow(
      /registered against the records of CENTER/,
    );
  });

  it("has every source present now that every registry exists", () => {
    expect(bilanSources.filter((s) => !s.present).map((s) => s.entity)).toEqual([]);
    expect(new Set(bilanSources.map((s) => s.entity)).size).toBe(bilanSources.length);
  });
});
