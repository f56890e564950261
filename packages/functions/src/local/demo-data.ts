import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Item } from "@entraide/core/bulk";
import type { Db } from "@entraide/core/db";
import { computeBilanOf } from "@entraide/core/indicators/compute";
import { seedDataset } from "../../../../seeds/seed.js";
import { startAndRun } from "../jobs/bilan-job.js";
import type { ExportStore } from "../jobs/export-store.js";

/** What a first start loads: a small 2015 so a newcomer sees a living console; `off` keeps the registry empty. */
export type DemoData = { year: number; scale: number } | "off";

const marker = { pk: "SYSTEM#DEMO_DATA", sk: "MARKER" };

/**
 * On the first start only (no marker item yet): seeds the demo year and
 * computes its bilan once. The marker is written last, so a start stopped
 * midway seeds again next time (the seed is deterministic: same items).
 */
export async function loadDemoDataOnce(db: Db, store: ExportStore, demo: DemoData): Promise<string | undefined> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: marker }));
  if (Item) return undefined;
  if (demo !== "off") {
    // In transactions of 100: on disk, DynamoDB Local commits a transaction once but each item of a batch on its own.
    const written: Item[] = [];
    const { items } = await seedDataset(db, {
      year: demo.year,
      scale: demo.scale,
      transactions: true,
      inFlight: 4,
      onItems: (batch) => written.push(...batch),
    });
    // The table holds nothing else yet: its bilan comes from the items just written, without reading them back.
    const compute = async (_: Db, year: number) => computeBilanOf(written, year);
    await startAndRun({ db, store, compute }, demo.year, "manual");
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...marker, demo: `${demo.year}@${demo.scale}`, at: new Date().toISOString() },
      }),
    );
    return `demo data loaded: ${items} items of ${demo.year} at scale ${demo.scale}, and its bilan`;
  }
  await db.doc.send(
    new PutCommand({ TableName: db.tableName, Item: { ...marker, demo: "off", at: new Date().toISOString() } }),
  );
  return "empty registry (ENTRAIDE_DEMO_DATA=off)";
}
