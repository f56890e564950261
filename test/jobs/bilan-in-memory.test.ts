import type { Item } from "@entraide/core/bulk";
import { computeBilan, computeBilanOf } from "@entraide/core/indicators/compute";
import { describe, expect, it } from "vitest";
import { expectedFigures } from "../../seeds/plan.js";
import { seedDataset } from "../../seeds/seed.js";
import { testDb } from "../support/db.js";

describe("the bilan of items in memory (npm start's demo data)", () => {
  it("is the bilan read from the table that holds them, figure for figure", async () => {
    const db = await testDb();
    const written: Item[] = [];
    await seedDataset(db, { year: 2015, scale: 0.003, onItems: (batch) => written.push(...batch) });
    const fromTable = await computeBilan(db, 2015);
    const fromMemory = computeBilanOf(written, 2015);
    expect(fromMemory).toEqual(fromTable);
    expect(fromMemory.values).toMatchObject(expectedFigures(0.003));
    // Another year of the same items: its own figures, as the table would give them.
    expect(computeBilanOf(written, 2014)).toEqual(await computeBilan(db, 2014));
  }, 120_000);
});
