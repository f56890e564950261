import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { extname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { parseArgs } from "node:util";
import { cliCaller } from "@entraide/core/caller";
import { createImportJob, getImportJob, type ImportJob, updateImportJob } from "@entraide/core/imports/jobs";
import { importRegistryNames } from "@entraide/core/imports/registries";
import { allRows } from "@entraide/core/imports/rows";
import { runImportStep } from "@entraide/core/imports/run";
import { Presets, SingleBar } from "cli-progress";
import * as z from "zod";
import { csvReport, fileContentTypes, reportLines } from "../imports/documents.js";
import { folderImportFiles } from "../imports/folder-files.js";
import { openLocalDb } from "./local-db.js";

/**
 * `npm run import -- --registry beneficiaries --file list.xlsx [--commit]`: the
 * dry run (and the commit) of a file on the local data, with a progress bar and
 * the report written next to the file. With `--url` it goes through a running
 * server's API instead (the local data can't be opened twice).
 */
const Args = z.object({
  registry: z.enum(importRegistryNames),
  file: z.string().min(1),
  commit: z.boolean().default(false),
  "probable-duplicates": z.boolean().default(false),
  url: z.url().optional(),
  endpoint: z.url().optional(),
  "data-dir": z
    .string()
    .min(1)
    .default(process.env.DATA_DIR ?? ".data"),
  user: z.string().min(1).optional(),
  password: z
    .string()
    .min(1)
    .optional()
    .default(process.env.ENTRAIDE_LOCAL_PASSWORD ?? ""),
  lang: z.enum(["ar", "fr", "en"]).default("fr"),
});
type Args = z.infer<typeof Args>;
type Progress = Pick<ImportJob, "status" | "progress" | "counts" | "problem"> & { id: string };

const flags = new Set(["commit", "probable-duplicates"]);

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const { values } = parseArgs({
    options: Object.fromEntries(
      Object.keys(Args.shape).map((n) => [n, { type: flags.has(n) ? ("boolean" as const) : ("string" as const) }]),
    ),
  });
  const args = Args.parse(values);
  const format = extname(args.file).toLowerCase() === ".csv" ? "csv" : "xlsx";
  if (args.url) return throughServer(args, args.url, format);
  const local = await openLocalDb({ dataDir: args["data-dir"], what: "npm run import", endpoint: args.endpoint });
  try {
    const db = local.db;
    const files = folderImportFiles(join(args["data-dir"], "imports"));
    const job = await createImportJob(
      db,
      cliCaller(userInfo().username),
      { registry: args.registry, format, fileName: args.file },
      "all",
    );
    await files.receive(job.id, createReadStream(args.file), (await stat(args.file)).size + 1);
    const phase = async (from: ImportJob["status"][], to: ImportJob["status"], fields: Partial<ImportJob> = {}) => {
      await updateImportJob(db, job.id, { status: to, ...fields }, from);
      const running = (async () => {
        while ((await runImportStep(db, files, job.id)) === "handover");
      })();
      return follow(() => getImportJob(db, job.id), running);
    };
    let done = await phase(["awaiting_file"], "validating");
    if (done.status === "validated" && args.commit) {
      const total = done.counts.valid + (args["probable-duplicates"] ? done.counts.probableDuplicates : 0);
      done = await phase(["validated"], "committing", {
        createProbableDuplicates: args["probable-duplicates"],
        progress: { done: 0, total },
      });
    }
    const report = reportPath(args.file, job.id);
    const lines = reportLines(await getImportJob(db, job.id), allRows(db, job.id), args.lang, () => true);
    await pipeline(Readable.from(csvReport(lines)), createWriteStream(report));
    console.log(`report: ${report}`);
  } finally {
    await local.close();
  }
}

/** Shows the job's progress until it stops moving, then its counts. */
async function follow(read: () => Promise<Progress>, running?: Promise<unknown>): Promise<Progress> {
  const bar = new SingleBar(
    { format: "{phase} {bar} {percentage}% | {value}/{total} rows", hideCursor: true },
    Presets.shades_classic,
  );
  let job = await read();
  bar.start(Math.max(job.progress.total, 1), 0, { phase: job.status });
  let finished = false;
  void running?.finally(() => (finished = true));
  while (["validating", "committing"].includes(job.status) && !finished) {
    await new Promise((r) => setTimeout(r, 300));
    job = await read();
    bar.setTotal(Math.max(job.progress.total, 1));
    bar.update(job.progress.done, { phase: job.status });
  }
  await running;
  job = await read();
  bar.stop();
  const c = job.counts;
  console.log(
    `${job.status}: ${c.rows} rows — ${c.valid} valid, ${c.invalid} invalid, ${c.duplicates} duplicates, ${c.probableDuplicates} probable duplicates, ${c.created} created`,
  );
  if (job.problem) {
    console.log(`refused: ${job.problem.code} ${JSON.stringify(job.problem.params ?? {})}`);
    process.exitCode = 1;
  }
  return job;
}

async function throughServer(args: Args, url: string, format: "csv" | "xlsx") {
  const base = url.replace(/\/+$/, "");
  if (!args.user || !args.password)
    throw new Error("With --url, pass --user and --password (or ENTRAIDE_LOCAL_PASSWORD)");
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: args.user, password: args.password }),
  });
  if (login.status !== 200) throw new Error(`Sign-in refused (${login.status}): check --user and --password`);
  const headers = {
    authorization: `Bearer ${((await login.json()) as { token: string }).token}`,
    "accept-language": args.lang,
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await answer.json()) as Progress & { uploadUrl?: string; error?: { message: string } };
    if (answer.status >= 300) throw new Error(json.error?.message ?? `The server answered ${answer.status}`);
    return json;
  };
  const job = await call("POST", "/api/v1/imports", { registry: args.registry, format, fileName: args.file });
  const size = (await stat(args.file)).size;
  // Our own upload route wants the token; a presigned S3 URL carries its signature.
  if (!job.uploadUrl) throw new Error("The server's answer to the new import holds no upload URL");
  const own = job.uploadUrl.startsWith(base) ? headers : {};
  const sent = await fetch(job.uploadUrl, {
    method: "PUT",
    headers: { ...own, "content-type": fileContentTypes[format], "content-length": String(size) },
    body: createReadStream(args.file) as never,
    duplex: "half",
  } as RequestInit);
  if (sent.status >= 300) throw new Error(`The upload was refused (${sent.status}): ${await sent.text()}`);
  await call("POST", `/api/v1/imports/${job.id}/validate`);
  const read = () => call("GET", `/api/v1/imports/${job.id}`);
  let done = await follow(read);
  if (done.status === "validated" && args.commit) {
    await call("POST", `/api/v1/imports/${job.id}/commit`, { createProbableDuplicates: args["probable-duplicates"] });
    done = await follow(read);
  }
  // The report next to the file, as on the local data (in AWS the API redirects to the bucket: fetch follows).
  const answer = await fetch(`${base}/api/v1/imports/${job.id}/report?format=csv&lang=${args.lang}`, { headers });
  if (!answer.ok || !answer.body) throw new Error(`The report could not be read (${answer.status})`);
  const report = reportPath(args.file, job.id);
  await pipeline(Readable.fromWeb(answer.body as NodeReadableStream<Uint8Array>), createWriteStream(report));
  console.log(`report: ${report}`);
}

const reportPath = (file: string, importId: string) => `${file}.report-${importId}.csv`;

main().catch((error: Error) => {
  console.error(
    error.name === "DataDirBusyError" || error.name === "ZodError" || !error.stack?.includes("node_modules")
      ? error.message
      : error,
  );
  process.exit(1);
});
