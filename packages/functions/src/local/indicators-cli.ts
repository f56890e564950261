import { join } from "node:path";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { Presets, SingleBar } from "cli-progress";
import * as z from "zod";
import { startAndRun } from "../jobs/bilan-job.js";
import { folderExportStore } from "../jobs/folder-export-store.js";
import { BilanYear } from "../jobs/schedule.js";
import { parseCli, runCli, UsageError } from "./cli.js";
import { openLocalDb } from "./local-db.js";

const usage = `Usage: npm run indicators -- [--year 2015] [--data-dir .data] [--endpoint http://…]
       npm run indicators -- --year 2015 --url http://localhost:3000 (--user admin --password … | --api-key …)
Computes a year's bilan and writes its exports to <data folder>/exports: on npm start's data folder (DATA_DIR,
default .data), through the running server's engine when npm start runs; with --url, the server runs it.`;

/**
 * `npm run indicators -- --year 2015`: computes a year's bilan on the local
 * data and writes its exports to DATA_DIR/exports. With `--url` it asks the
 * running server instead (its database can't be opened twice).
 */
const Args = z.object({
  year: BilanYear.default(new Date().getFullYear()),
  url: z.url().optional(),
  endpoint: z.url().optional(),
  "data-dir": z
    .string()
    .min(1)
    .default(process.env.DATA_DIR ?? ".data"),
  /** With --url: who runs it (a staff member who may run the bilan), or a partner key. */
  user: z.string().min(1).optional(),
  password: z
    .string()
    .min(1)
    .optional()
    .default(process.env.ENTRAIDE_LOCAL_PASSWORD ?? ""),
  "api-key": z
    .string()
    .min(1)
    .optional()
    .default(process.env.ENTRAIDE_API_KEY ?? ""),
});

runCli(async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const args = parseCli(Args, usage);
  if (args.url) return throughServer(args.url, args.year, await credentials(args));
  const local = await openLocalDb({ dataDir: args["data-dir"], what: "npm run indicators", endpoint: args.endpoint });
  console.log(`Computing the bilan of ${args.year} through ${local.via}`);
  try {
    const { Table } = await local.db.doc.send(new DescribeTableCommand({ TableName: local.db.tableName }));
    // The reference kinds are read first (small); the bar follows the scan of the whole table.
    const bar = new SingleBar(
      { format: "{bar} {percentage}% | {value}/{total} items scanned | {eta_formatted} left", hideCursor: true },
      Presets.shades_classic,
    );
    const total = Math.max(Table?.ItemCount ?? 0, 1);
    bar.start(total, 0);
    const started = Date.now();
    const run = await startAndRun(
      {
        db: local.db,
        store: folderExportStore(join(args["data-dir"], "exports")),
        onProgress: (pass, scanned) => pass === 2 && bar.update(Math.min(scanned, total)),
      },
      args.year,
      "manual",
    );
    bar.update(total);
    bar.stop();
    console.log(
      `${run.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: snapshot ${run.snapshotId}${run.message ? ` (${run.message})` : ""}`,
    );
    console.log(`exports in ${join(args["data-dir"], "exports")}/bilan-${run.snapshotId}.{csv,xlsx,json}`);
  } finally {
    await local.close();
  }
});

/** The headers that sign the calls to the server: a partner key, or a staff member's token. */
async function credentials(args: z.infer<typeof Args>): Promise<Record<string, string>> {
  if (args["api-key"]) return { "x-api-key": args["api-key"] };
  if (!args.user || !args.password)
    throw new UsageError(
      "With --url, pass --user and --password (or ENTRAIDE_LOCAL_PASSWORD), or --api-key (or ENTRAIDE_API_KEY)",
    );
  const answer = await call(`${args.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: args.user, password: args.password }),
  });
  if (answer.status !== 200) throw new UsageError(`Sign-in refused (${answer.status}): check --user and --password`);
  return { authorization: `Bearer ${((await answer.json()) as { token: string }).token}` };
}

/** Starts a run on the server and follows it until it ends. */
async function throughServer(url: string, year: number, headers: Record<string, string>) {
  const started = await call(`${url}/api/v1/indicators/${year}/runs`, { method: "POST", headers });
  const body = (await started.json()) as { statusUrl?: string; error?: { message: string } };
  if (started.status !== 202) throw new UsageError(body.error?.message ?? `The server answered ${started.status}`);
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const run = (await (await call(`${url}${body.statusUrl}`, { headers })).json()) as {
      status: string;
      snapshotId?: string;
      message?: string;
    };
    process.stdout.write(`\r${run.status}…   `);
    if (!["queued", "running"].includes(run.status)) {
      console.log(
        `\n${run.status}: ${run.snapshotId ?? ""} ${run.message ?? ""}\nexports: ${url}/api/v1/exports?year=${year}`,
      );
      if (run.status === "failed") process.exitCode = 1;
      return;
    }
  }
}

/** fetch, with "nothing answers there" said as such. */
async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new UsageError(`Nothing answers at ${new URL(url).origin}: is npm start running there (see its PORT)?`);
  }
}
