import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { createDb, ensureTable } from "@entraide/core/db";
import { bilanSources } from "@entraide/core/indicators/sources";
import { startDynamoDbLocal } from "../../packages/functions/src/local/dynamodb-local.js";
import { seedDataset } from "../../seeds/seed.js";
import { runWorker } from "../child.js";
import type { Row } from "../table.js";

const IN_FLIGHT = 8;

/**
 * Bulk load: the 2015 seed at `scale`, items/s, against the same items replayed
 * as raw BatchWriteItem. The bilan: the job's wall time and peak RSS (its own
 * process), against reading the same items with the same parallel scan and
 * doing nothing. On an engine of its own, in memory.
 */
export async function bulkAndBilan(options: { scale: number; workDir: string }): Promise<Row[]> {
  const engine = await startDynamoDbLocal({ heap: "4g" });
  try {
    const piiKey = randomBytes(32).toString("base64url");
    const db = createDb({ tableName: "entraide", endpoint: engine.endpoint, piiKey });
    await ensureTable(db);
    const file = join(options.workDir, "seed-items.jsonl");
    const recorded = createWriteStream(file);
    const started = performance.now();
    const { items } = await seedDataset(db, {
      year: 2015,
      scale: options.scale,
      inFlight: IN_FLIGHT,
      onItems: (batch) => {
        for (const item of batch) recorded.write(`${JSON.stringify(item)}\n`);
      },
    });
    const seedSeconds = (performance.now() - started) / 1000;
    await new Promise<void>((done) => recorded.end(done));

    await ensureTable(createDb({ tableName: "entraide-raw", endpoint: engine.endpoint, piiKey }));
    const raw = await runWorker<{ items: number; seconds: number }>("bench/raw-writes.ts", {
      endpoint: engine.endpoint,
      table: "entraide-raw",
      file,
      inFlight: IN_FLIGHT,
    });

    const job = await runWorker<{ seconds: number; peakRss: number; status: string }>("scripts/bilan-at-scale.ts", [
      "--endpoint",
      engine.endpoint,
      "--pii-key",
      piiKey,
      "--year",
      "2015",
      "--scale",
      String(options.scale),
    ]);
    const entities = [...new Set(bilanSources.map((s) => s.entity))];
    const floor = await runWorker<{ seconds: number; peakMb: number }>("bench/scan-floor.ts", {
      endpoint: engine.endpoint,
      table: "entraide",
      entities,
    });
    const label = `scale ${options.scale}, ${items.toLocaleString("en")} items`;
    return [
      {
        measurement: `bulk load (seed, ${label}): items/s`,
        ours: items / seedSeconds,
        floor: raw.items / raw.seconds,
        unit: "items/s",
        better: "higher",
        target: 0.8,
      },
      {
        measurement: `yearly bilan (${label}): wall time`,
        ours: job.seconds,
        floor: floor.seconds,
        unit: "s",
        better: "lower",
        // The whole year's scan dwarfs the job's fixed costs (exports, snapshot): a tighter target there.
        target: options.scale >= 1 ? 1.2 : 1.5,
      },
      {
        measurement: `yearly bilan (${label}): peak RSS`,
        ours: job.peakRss / 2 ** 20,
        floor: floor.peakMb,
        unit: "MB",
        better: "lower",
        limit: 512,
      },
    ];
  } finally {
    await engine.stop();
  }
}
