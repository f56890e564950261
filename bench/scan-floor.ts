/**
 * The floor of the bilan: reading the same items with the same parallel scan
 * (same segments, same concurrency) and doing nothing with them, in its own
 * process so its memory is its own. argv: JSON { endpoint, table, entities } → JSON { seconds, peakMb }.
 */
import { createDb } from "@entraide/core/db";
import { scanEntities, segmentsFor } from "@entraide/core/indicators/scan";
import { workerArgument } from "./child.js";

const job = JSON.parse(workerArgument()) as { endpoint: string; table: string; entities: string[] };
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const db = createDb({ tableName: job.table, endpoint: job.endpoint, piiKey: "scan-floor-needs-no-key-but-takes-one" });
const started = performance.now();
let items = 0;
await scanEntities(db, {
  entities: job.entities,
  attributes: ["pk"],
  segments: await segmentsFor(db),
  onItem: () => items++,
});
clearInterval(sampler);
console.log(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
    items,
  }),
);
