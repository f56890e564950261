import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import * as z from "zod";
import { openLocalDb } from "../packages/functions/src/local/local-db.js";
import { estimatedItems, seedDataset } from "./seed.js";

/**
 * `npm run seed -- --year 2015 --scale 0.01`: writes a deterministic dataset
 * whose bilan, at scale 1, is the article's. Into DATA_DIR (stop `npm start`
 * first), or into a running engine with `--endpoint`.
 */
const Args = z.object({
  year: z.coerce.number().int().min(1960).max(2100).default(2015),
  scale: z.coerce.number().positive("The scale is more than 0").max(1, "At most 1 (the article's figures)").default(0.01),
  seed: z.coerce.number().int().default(2015),
  endpoint: z.url().optional(),
  "data-dir": z.string().min(1).default(process.env.DATA_DIR ?? ".data"),
});

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const options = { year: { type: "string" }, scale: { type: "string" }, seed: { type: "string" }, endpoint: { type: "string" }, "data-dir": { type: "string" } } as const;
  const args = Args.parse(parseArgs({ options }).values);
  const local = await openLocalDb({ dataDir: args["data-dir"], what: "npm run seed", endpoint: args.endpoint });
  const bar = new SingleBar({ format: "{bar} {percentage}% | {value}/{total} items | {eta_formatted} left", hideCursor: true }, Presets.shades_classic);
  let written = 0;
  const total = estimatedItems(args.scale);
  bar.start(total, 0);
  const started = Date.now();
  try {
    const { items } = await seedDataset(local.db, { year: args.year, scale: args.scale, seed: args.seed, onWritten: (n) => bar.update(Math.min((written += n), total)) });
    bar.update(total);
    bar.stop();
    console.log(`${items} items for ${args.year} at scale ${args.scale} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    bar.stop();
    await local.close();
  }
}

main().catch((error: Error) => {
  console.error(error.name === "DataDirBusyError" || error.name === "ZodError" ? error.message : error);
  process.exit(1);
});
