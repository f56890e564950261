/**
 * The 2015 bilan at a given scale, end to end on an in-memory engine:
 * seeds the dataset, then runs the bilan job in a separate process (so its
 * memory is the job's own, sampled every 50 ms) and compares the figures
 * with the article's.
 *
 *   npx tsx scripts/bilan-at-scale.ts --scale 1      (≈1.5 million items; give it time)
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDb, ensureTable } from "@entraide/core/db";
import { indicatorKeys } from "@entraide/core/indicators/keys";
import { Presets, SingleBar } from "cli-progress";
import { startAndRun } from "../packages/functions/src/jobs/bilan-job.js";
import { folderExportStore } from "../packages/functions/src/jobs/folder-export-store.js";
import { startDynamoDbLocal } from "../packages/functions/src/local/dynamodb-local.js";
import { expectedFigures } from "../seeds/plan.js";
import { estimatedItems, seedDataset } from "../seeds/seed.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    year: { type: "string", default: "2015" },
    endpoint: { type: "string" },
    "pii-key": { type: "string" },
  },
});
const scale = Number(args.scale);
const year = Number(args.year);
const tableName = "entraide";
let logged = 0;

if (args.endpoint) {
  if (!args["pii-key"]) throw new Error("--endpoint goes with --pii-key");
  await jobOnly(args.endpoint, args["pii-key"]);
} else await main();

async function main() {
  const engine = await startDynamoDbLocal({ heap: "4g" });
  try {
    const piiKey = randomBytes(32).toString("base64url");
    const db = createDb({ tableName, endpoint: engine.endpoint, piiKey });
    await ensureTable(db);
    const bar = new SingleBar(
      { format: "seed {bar} {percentage}% | {value}/{total} items | {eta_formatted} left", hideCursor: true },
      Presets.shades_classic,
    );
    let written = 0;
    bar.start(estimatedItems(scale), 0);
    const seedStarted = Date.now();
    const { items } = await seedDataset(db, {
      year,
      scale,
      onWritten: (n) => {
        written += n;
        bar.update(written);
        logEvery(written, "written");
      },
    });
    bar.stop();
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    console.log(`seeded ${items} items in ${seedSeconds.toFixed(1)} s (${Math.round(items / seedSeconds)} items/s)`);

    const job = await runChild(engine.endpoint, piiKey);
    console.log(
      `job: ${job.status} in ${job.seconds.toFixed(1)} s, peak RSS ${(job.peakRss / 2 ** 20).toFixed(0)} MB (heap used peak ${(job.peakHeap / 2 ** 20).toFixed(0)} MB)`,
    );
    const expected = expectedFigures(scale) as Record<string, number>;
    let mismatches = 0;
    for (const key of indicatorKeys) {
      const value = job.values[key];
      const want = expected[key];
      const verdict = want === undefined ? "" : want === value ? "= article" : `≠ ${want}`;
      if (want !== undefined && want !== value) mismatches++;
      console.log(`  ${key.padEnd(44)} ${String(value).padStart(10)}  ${verdict}`);
    }
    console.log(mismatches ? `${mismatches} figure(s) differ from the article` : "every figure of the article is met");
    process.exitCode = mismatches ? 1 : 0;
  } finally {
    await engine.stop();
  }
}

/** Runs this script again in job-only mode and reads its one line of JSON. */
function runChild(
  endpoint: string,
  piiKey: string,
): Promise<{ status: string; seconds: number; peakRss: number; peakHeap: number; values: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        "--endpoint",
        endpoint,
        "--pii-key",
        piiKey,
        "--year",
        String(year),
        "--scale",
        String(scale),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop() ?? ""))
        : reject(new Error(`job exited ${code}: ${out}`)),
    );
  });
}

async function jobOnly(endpoint: string, piiKey: string) {
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const db = createDb({ tableName, endpoint, piiKey });
  const store = folderExportStore(mkdtempSync(join(tmpdir(), "entraide-bilan-")));
  const started = Date.now();
  const run = await startAndRun(
    { db, store, onProgress: (pass, n) => pass === 2 && logEvery(n, "scanned") },
    year,
    "manual",
  );
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const { getLatestSnapshot } = await import("@entraide/core/indicators/snapshots");
  const snapshot = await getLatestSnapshot(db, year);
  console.log(JSON.stringify({ status: run.status, seconds, peakRss, peakHeap, values: snapshot?.values ?? {} }));
}

/** A line every 200,000 items when no terminal shows the bars (logs). */
function logEvery(count: number, what: string): void {
  if (process.stderr.isTTY || count - logged < 200_000) return;
  logged = count;
  console.error(`${new Date().toISOString().slice(11, 19)} ${count} items ${what}`);
}
