// `npm start`: one node process, so whoever stops it (Ctrl+C, `kill <pid>`, a process manager) stops everything.
// The console is built first when stale or built for another target (an AWS deploy), then the server runs here.
import { register } from "tsx/esm/api";
import { buildConsoleIfStale } from "./build-admin-if-stale.mjs";

try {
  buildConsoleIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
register();
await import("../packages/functions/src/local/start.ts");
