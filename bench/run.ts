/**
 * `npm run bench [-- --quick]`: Entraide's speed measured against the floor the
 * storage engine sets, on its own in-memory engine and server. Prints one
 * markdown table and writes it as JSON to bench/results/.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { startLocalServer } from "../packages/functions/src/local/server.js";
import { apiLoad } from "./sections/api-load.js";
import { bulkAndBilan } from "./sections/bulk-and-bilan.js";
import { coldStart } from "./sections/cold-start.js";
import { buildConsole, firstListRows, initialJsRow } from "./sections/console.js";
import { importAtScale } from "./sections/imports.js";
import { matchingQuality } from "./sections/matching.js";
import { markdown, type Row, verdict } from "./table.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
process.env.ENTRAIDE_DEMO_DATA = "off";
const quick = process.argv.includes("--quick");
/** `npm run bench -- --only matching`: one section alone (those that need no server). */
const only = process.argv[process.argv.indexOf("--only") + 1];
const sections: Record<string, () => Row[]> = { matching: matchingQuality };

async function main() {
  if (process.argv.includes("--only")) {
    if (!only || !sections[only]) throw new Error(`--only takes one of: ${Object.keys(sections).join(", ")}`);
    console.log(`\n${markdown(sections[only]())}\n`);
    return;
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(`Entraide benchmark (${quick ? "quick" : "full"}) on ${machine}\n`);
  const dataDir = mkdtempSync(join(tmpdir(), "entraide-bench-"));
  const password = randomBytes(12).toString("base64url");
  const { initialGzipKb } = buildConsole();
  // The request log goes to a file, as Lambda's goes to a pipe: a terminal would be the bottleneck.
  const log = createWriteStream(join(dataDir, "requests.log"));
  const server = await startLocalServer({
    port: 0,
    dataDir,
    inMemory: true,
    heap: "3g",
    password,
    adminDist: "admin/dist",
    scheduler: false,
    log: (line) => log.write(`${line}\n`),
  });
  const rows: Row[] = [];
  const file = join("bench/results", `bench-${quick ? "quick" : "full"}.json`);
  /** Each section's rows are printed and saved as they come: a long run that fails late keeps what it measured. */
  const add = (more: Row[]) => {
    rows.push(...more);
    console.log(`\n${markdown(more).split("\n").slice(2).join("\n")}`);
    save(file, machine, rows);
  };
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const api = await apiLoad(server, { seconds: quick ? 5 : 20, connections: 20, token: login.token });
    add([
      ...api.rows,
      {
        measurement: "server peak RSS during the load runs",
        ours: api.serverPeakMb,
        floor: 0,
        unit: "MB",
        better: "lower",
      },
      initialJsRow(initialGzipKb),
    ]);
    add(await firstListRows(server, login.token, quick ? 3 : 7));
    add(await coldStart({ runs: quick ? 3 : 5 }));
    add(matchingQuality());
  } finally {
    await server.close();
    log.end();
  }
  try {
    // Scale 1 is the whole of 2015 (≈1.3 million items): about 20 minutes here.
    add(await bulkAndBilan({ scale: quick ? 0.02 : 1, workDir: dataDir }));
    add(await importAtScale({ rows: quick ? 5_000 : 100_000, scale: quick ? 0.02 : 0.2, workDir: dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n${markdown(rows)}\n`);
  save(file, machine, rows, true);
  console.log(`Written to ${file}`);
}

/** The rows so far as JSON (`complete` once every section has run). */
function save(file: string, machine: string, rows: Row[], complete = false) {
  mkdirSync("bench/results", { recursive: true });
  const measured = rows.map((r) => ({ ...r, verdict: verdict(r) }));
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), machine, quick, complete, rows: measured }, null, 2),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
