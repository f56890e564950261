import { BulkWriter, type Item, recordItems } from "@entraide/core/bulk";
import { centers as centerRepository } from "@entraide/core/center";
import type { Db } from "@entraide/core/db";
import { generateCenters } from "./centers.js";
import { seedPlan } from "./plan.js";
import { seedPopulation } from "./population.js";
import { programItems } from "./programs.js";
import { Random } from "./random.js";

export interface SeedOptions {
  year: number;
  /** 1 reproduces the article's figures; smaller scales shrink every count in proportion. */
  scale: number;
  /** The PRNG seed: the same options give the same records, ids included. */
  seed?: number;
  inFlight?: number;
  onWritten?: (count: number) => void;
  onItems?: (items: Item[]) => void;
  /** In transactions of 100 rather than batches of 25: much faster on DynamoDB Local on disk (see BulkWriter). */
  transactions?: boolean;
}

/** Roughly how many items a scale writes (for progress bars). */
export const estimatedItems = (scale: number) => Math.round(1_345_000 * scale) + 1_000;

/**
 * Writes a whole year's dataset in bulk. Deterministic: rerunning it
 * overwrites the same items, so an interrupted seed is finished by running it again.
 */
export async function seedDataset(db: Db, options: SeedOptions): Promise<{ items: number }> {
  const { year, scale } = options;
  const random = new Random(options.seed ?? 2015);
  const plan = seedPlan(scale);
  const writer = new BulkWriter(db, {
    inFlight: options.inFlight ?? 8,
    onWritten: options.onWritten,
    onItems: options.onItems,
    transactions: options.transactions,
  });
  const centers = generateCenters(random, plan, year);
  await seedPopulation(db, writer, random, plan, centers, year);
  await writer.add(programItems(db, random, plan, centers, year));
  // Centers last: by now every enrollment and support pointing at them is counted.
  for (const center of centers) {
    await writer.add(
      recordItems(centerRepository.def, db, center.fields, center.system, center.refs ? { refs: center.refs } : {}),
    );
  }
  await writer.flush();
  return { items: writer.written };
}
