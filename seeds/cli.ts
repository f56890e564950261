import { Presets, SingleBar } from "cli-progress";
import * as z from "zod";
import { parseCli, runCli } from "../packages/functions/src/local/cli.js";
import { openLocalDb } from "../packages/functions/src/local/local-db.js";
import { estimatedItems, seedDataset } from "./seed.js";

const usage = `Usage: npm run seed -- [--year 2015] [--scale 0.01] [--seed 2015] [--data-dir .data] [--endpoint http://…]
Writes a deterministic year of records (--scale 1 reproduces the article's figures) into npm start's data folder
(DATA_DIR, default .data) — through the running server's engine when npm start runs, else on its own engine.`;

/**
 * `npm run seed -- --year 2015 --scale 0.01`: writes a deterministic dataset
 * whose bilan, at scale 1, is the article's.
 */
const Args = z.object({
  year: z.coerce.number().int().min(1960).max(2100).default(2015),
  scale: z.coerce
    .number()
    .positive("The scale is more than 0")
    .max(1, "At most 1 (the article's figures)")
    .default(0.01),
  seed: z.coerce.number().int().default(2015),
  endpoint: z.url().optional(),
  "data-dir": z
    .string()
    .min(1)
    .default(process.env.DATA_DIR ?? ".data"),
});

runCli(async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const args = parseCli(Args, usage);
  const local = await openLocalDb({ dataDir: args["data-dir"], what: "npm run seed", endpoint: args.endpoint });
  console.log(`Seeding ${args.year} at scale ${args.scale} through ${local.via}`);
  const bar = new SingleBar(
    { format: "{bar} {percentage}% | {value}/{total} items | {eta_formatted} left", hideCursor: true },
    Presets.shades_classic,
  );
  let written = 0;
  const total = estimatedItems(args.scale);
  bar.start(total, 0);
  const started = Date.now();
  try {
    // Transactions of 100: DynamoDB Local on disk commits each one once (see BulkWriter).
    const { items } = await seedDataset(local.db, {
      year: args.year,
      scale: args.scale,
      seed: args.seed,
      transactions: true,
      inFlight: 4,
      onWritten: (n) => {
        written += n;
        bar.update(Math.min(written, total));
      },
    });
    bar.update(total);
    bar.stop();
    console.log(
      `${items} items for ${args.year} at scale ${args.scale} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    bar.stop();
    await local.close();
  }
});
