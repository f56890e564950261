// Builds the console unless admin/dist is newer than every source file: `npm start` stays fast.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const built = "admin/dist/index.html";
if (!existsSync("admin/index.html")) process.exit(0);
const sources = Math.max(newest("admin/src"), statSync("admin/index.html").mtimeMs);
if (existsSync(built) && statSync(built).mtimeMs >= sources) process.exit(0);
console.log("Building the console…");
execSync("npm run build -w @entraide/admin", { stdio: "inherit" });
