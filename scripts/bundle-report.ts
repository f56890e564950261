/**
 * Size and cold-import time of each Lambda bundle, built exactly as the stacks
 * build them (stacks/bundling.ts), against two yardsticks: an empty module and a
 * bare Hono + DynamoDB client + zod function.
 *
 *   npx tsx scripts/bundle-report.ts      → a markdown table
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Metafile } from "esbuild";
import { sstEsbuildOptions } from "../stacks/bundling.js";

const root = fileURLToPath(new URL("..", import.meta.url));
export const lambdaDir = "packages/functions/src/lambda";
/** Targets: a function bundle under 600 KB, and loading in under twice the bare function's time. */
export const maxBundleBytes = 600 * 1024;
export const maxColdImportRatio = 2;
/** The API answers people waiting on it: its cold start gets a tighter target. */
export const coldImportRatios: Record<string, number> = { api: 1.5 };
export const coldImportRatioOf = (name: string) => coldImportRatios[name] ?? maxColdImportRatio;
/**
 * Functions with a budget of their own. The import job reads spreadsheets (exceljs, ~1 MB
 * minified) and runs asynchronously, started by the table's stream: nobody waits on its cold start.
 * The API answers in three languages (its error glossary and zod's French and Arabic messages),
 * and carries the import routes and the duplicate matcher: 645 KB when they came in.
 */
export const bundleBudgets: Record<string, number> = { imports: 2200 * 1024, api: 700 * 1024 };
export const budgetOf = (name: string) => bundleBudgets[name] ?? maxBundleBytes;

export interface Bundle {
  name: string;
  entry: string;
  outfile: string;
  /** All the function's code: the entry and every chunk (each `.mjs` in its folder). */
  bytes: number;
  /** What a cold start loads: the entry and the chunks it imports statically (not those behind `import()`). */
  coldBytes: number;
  metafile: Metafile;
}

export interface Measured extends Bundle {
  kind: "function" | "baseline";
  /** Median of the runs, in ms: `await import()` of the bundle in a fresh Node process. */
  coldImportMs: number;
  runs: number[];
}

/** The esbuild SST uses (its own pinned version), so the report builds byte for byte what deploy builds. */
function sstEsbuild(): typeof import("esbuild") {
  const fromSst = createRequire(createRequire(import.meta.url).resolve("sst/package.json"));
  return fromSst("esbuild");
}

/** Builds one entry point as the stacks do, into `outdir/<name>/<name>.mjs` and its chunks beside it. */
export async function bundleLambda(entry: string, outdir: string): Promise<Bundle> {
  const name = basename(entry).replace(/\.ts$/, "");
  const outfile = join(outdir, name, `${name}.mjs`);
  const { metafile } = await sstEsbuild().build({ ...sstEsbuildOptions(entry, outfile), absWorkingDir: root });
  if (!metafile) throw new Error(`esbuild wrote no metafile for ${entry} (sstEsbuildOptions asks for one)`);
  const code = codeOutputs(metafile);
  const bytes = Object.values(code).reduce((sum, o) => sum + o.bytes, 0);
  return { name, entry, outfile, bytes, coldBytes: coldLoaded(metafile), metafile };
}

/** The JavaScript files esbuild wrote (not their source maps), by path. */
function codeOutputs(metafile: Metafile) {
  return Object.fromEntries(Object.entries(metafile.outputs).filter(([path]) => path.endsWith(".mjs")));
}

/** Bytes of the entry and of the chunks it imports statically, transitively: what `import` of it parses. */
function coldLoaded(metafile: Metafile): number {
  const code = codeOutputs(metafile);
  const entry = Object.keys(code).find((path) => code[path]?.entryPoint !== undefined);
  if (!entry) throw new Error(`no entry point among ${Object.keys(code).join(", ")}`);
  const seen = new Set<string>();
  const visit = (path: string) => {
    const output = code[path];
    if (!output || seen.has(path)) return;
    seen.add(path);
    for (const i of output.imports) if (i.kind === "import-statement") visit(i.path);
  };
  visit(entry);
  return [...seen].reduce((sum, path) => sum + (code[path]?.bytes ?? 0), 0);
}

/** Settings the entry points validate at import, with values good enough to load (nothing is called). */
const importEnv = {
  TABLE_NAME: "bundle-report",
  ENTRAIDE_PII_KEY: "bundle-report-key-of-at-least-32-characters",
  AWS_REGION: "eu-west-3",
  COGNITO_ISSUER: "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_BundleReport",
  COGNITO_CLIENT_ID: "bundle-report",
  EXPORTS_BUCKET: "bundle-report",
  IMPORTS_BUCKET: "bundle-report",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

/** One `await import()` of a bundle in a fresh Node process, in ms. */
export async function importOnce(file: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, ...importEnv },
  });
  return Number(stdout.trim().split("\n").pop());
}

export function median(values: number[]): number {
  const middle = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  if (middle === undefined) throw new Error("no runs to take the median of");
  return middle;
}

export function lambdaEntries(): string[] {
  return readdirSync(join(root, lambdaDir))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .sort()
    .map((file) => `${lambdaDir}/${file}`);
}

export const baselines = {
  empty: "scripts/bundle-baselines/empty.ts",
  bare: "scripts/bundle-baselines/hono-dynamodb.ts",
};

/** Bundles and times the baselines and every Lambda entry point. */
export async function bundleReport(options: { runs?: number; entries?: string[] } = {}): Promise<Measured[]> {
  const outdir = mkdtempSync(join(tmpdir(), "entraide-bundles-"));
  try {
    const targets = [
      ...Object.values(baselines).map((entry) => ({ entry, kind: "baseline" as const })),
      ...(options.entries ?? lambdaEntries()).map((entry) => ({ entry, kind: "function" as const })),
    ];
    const bundles = [];
    for (const { entry, kind } of targets) bundles.push({ ...(await bundleLambda(entry, join(outdir, kind))), kind });
    // Rounds over all bundles rather than five in a row each, so a busy moment weighs on all alike.
    const timed = bundles.map((bundle) => ({ bundle, runs: [] as number[] }));
    for (let round = 0; round < (options.runs ?? 5); round++) {
      for (const { bundle, runs } of timed) runs.push(await importOnce(bundle.outfile));
    }
    const rows: Measured[] = timed.map(({ bundle, runs }) => ({
      ...bundle,
      coldImportMs: median(runs),
      runs,
    }));
    return rows;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** A baseline's row among the measured ones (`bundleReport` measures both baselines). */
export function baselineRow(rows: Measured[], entry: string): Measured {
  const row = rows.find((r) => r.entry === entry);
  if (!row) throw new Error(`the baseline ${entry} was not measured`);
  return row;
}

/** Which targets a function misses (empty when it meets both). */
export function misses(row: Measured, bare: Measured): string[] {
  if (row.kind === "baseline") return [];
  const problems: string[] = [];
  if (row.bytes >= budgetOf(row.name)) problems.push(`bundle ${kb(row.bytes)} ≥ ${kb(budgetOf(row.name))}`);
  const ratio = coldImportRatioOf(row.name);
  if (row.coldImportMs >= ratio * bare.coldImportMs) problems.push(`import ${ms(row.coldImportMs)} ≥ ${ratio}× bare`);
  return problems;
}

/** The biggest contributors to a bundle, by package (or by source folder for the app's own code). */
export function largestInputs(bundle: Bundle, count = 8): Array<[string, number]> {
  const byPackage = new Map<string, number>();
  const inputs = Object.values(codeOutputs(bundle.metafile)).flatMap((output) => Object.entries(output.inputs));
  for (const [path, { bytesInOutput }] of inputs) {
    const inPackage = path
      .match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
      ?.pop()
      ?.replace("node_modules/", "");
    const key = inPackage ?? path.split("/").slice(0, 3).join("/");
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export function markdownTable(rows: Measured[]): string {
  const bare = baselineRow(rows, baselines.bare);
  const lines = [
    "| Bundle | Kind | Size (minified) | Loaded at cold start | Cold import (median of 5) | × bare | Targets |",
    "|---|---|---:|---:|---:|---:|---|",
    ...rows.map((r) => {
      const verdict = r.kind === "baseline" ? "—" : misses(r, bare).join("; ") || "met";
      return `| ${r.entry} | ${r.kind} | ${kb(r.bytes)} | ${kb(r.coldBytes)} | ${ms(r.coldImportMs)} | ${(r.coldImportMs / bare.coldImportMs).toFixed(2)} | ${verdict} |`;
    }),
  ];
  return lines.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await bundleReport();
  console.log(markdownTable(rows));
  const bare = baselineRow(rows, baselines.bare);
  // What weighs in each function, so a bundle growing towards the target shows its cause.
  for (const row of rows.filter((r) => r.kind === "function")) {
    const missed = misses(row, bare);
    console.log(`\n${row.entry}${missed.length > 0 ? ` misses (${missed.join("; ")})` : ""}; largest inputs:`);
    for (const [input, bytes] of largestInputs(row)) console.log(`  ${kb(bytes).padStart(7)}  ${input}`);
  }
  if (process.env.BUNDLE_REPORT_JSON)
    writeFileSync(
      process.env.BUNDLE_REPORT_JSON,
      JSON.stringify(
        rows.map(({ metafile, ...row }) => row),
        null,
        2,
      ),
    );
}
