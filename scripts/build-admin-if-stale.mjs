// Builds the console for `npm start` unless admin/dist already is a local build newer than every source file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/**
 * What admin/dist was built for, from the file its build leaves (admin/vite.config.ts):
 * `local` (same origin, served by `npm start`), an API URL, or `unknown` for a build without it.
 * `sst deploy` builds it with VITE_API_URL = "{{ VITE_API_URL }}", a placeholder only the upload replaces.
 */
export function consoleBuildTarget(dist = "admin/dist") {
  const file = join(dist, "build-target.json");
  if (!existsSync(file)) return "unknown";
  try {
    const { apiUrl } = JSON.parse(readFileSync(file, "utf8"));
    return apiUrl ? String(apiUrl) : "local";
  } catch {
    return "unknown";
  }
}

/** Why admin/dist must be rebuilt for `npm start`, or undefined when it is fine. */
export function staleReason(root = ".") {
  const admin = resolve(root, "admin");
  const built = join(admin, "dist/index.html");
  if (!existsSync(built)) return "not built yet";
  const target = consoleBuildTarget(join(admin, "dist"));
  if (target !== "local")
    return `the last build was for ${target === "unknown" ? "an unknown target" : `another API (${target})`}, not this server`;
  // The console's words come from the domain's glossary (packages/core), its territories from seeds/.
  const shared = [resolve(root, "packages/core/src"), resolve(root, "seeds/territories.json")].filter(existsSync);
  const sources = Math.max(
    newest(join(admin, "src")),
    statSync(join(admin, "index.html")).mtimeMs,
    statSync(join(admin, "vite.config.ts")).mtimeMs,
    // The build's own plugins (admin/build): the first screen's scripts are made there.
    ...(existsSync(join(admin, "build")) ? [newest(join(admin, "build"))] : []),
    ...shared.map((path) => (statSync(path).isDirectory() ? newest(path) : statSync(path).mtimeMs)),
  );
  return statSync(built).mtimeMs >= sources ? undefined : "its sources changed";
}

/** Builds admin/dist for a local server (same origin: no VITE_API_URL) when it is stale. */
export function buildConsoleIfStale(root = ".") {
  if (!existsSync(resolve(root, "admin/index.html"))) return;
  const reason = staleReason(root);
  if (!reason) return;
  console.log(`Building the console (${reason})…`);
  const { VITE_API_URL: _aws, NODE_ENV: _mode, ...env } = process.env;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "build", "-w", "@entraide/admin"], {
    cwd: resolve(root),
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
    shell: process.platform === "win32",
  });
  if (result.status !== 0) throw new Error(`The console's build failed (exit ${result.status ?? result.signal})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    buildConsoleIfStale();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
