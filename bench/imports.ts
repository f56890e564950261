/**
 * `npx tsx bench/imports.ts [--rows 100000] [--scale 0.2]`: the import section of
 * the benchmark on its own (npm run bench runs it too).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { importAtScale } from "./sections/imports.js";
import { markdown } from "./table.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const { values } = parseArgs({
  options: { rows: { type: "string", default: "100000" }, scale: { type: "string", default: "0.2" } },
});
const workDir = mkdtempSync(join(tmpdir(), "entraide-bench-imports-"));
try {
  console.log(markdown(await importAtScale({ rows: Number(values.rows), scale: Number(values.scale), workDir })));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
