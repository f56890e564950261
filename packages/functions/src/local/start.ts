import * as z from "zod";
import { startDataEngine } from "./data-engine.js";
import { JavaMissingError } from "./dynamodb-local.js";
import type { LocalServer } from "./server.js";
import { stopOnSignals } from "./stop-on-signals.js";

/** `npm start`: everything on this machine, data kept in DATA_DIR between runs. */
/**
 * The demo's size: 7,473 items of 2015 (16 centers, about 2,000 people, every
 * kind of record), ready about 12 s after start. DynamoDB Local writes about
 * 1,000 of these items a second on one core, whatever the concurrency: the
 * 18,105 items of scale 0.01 took 25 s.
 */
const DEMO_SCALE = 0.004;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  /** First start only: a small 2015 (DEMO_SCALE of the article's figures), or an empty registry with "off". */
  ENTRAIDE_DEMO_DATA: z.enum(["on", "off"]).default("on"),
  /** The bilan's nightly and closing runs; "off" to keep the machine quiet. */
  ENTRAIDE_SCHEDULER: z.enum(["on", "off"]).default("on"),
});

async function main() {
  // Node 20 is supported until January 2027; the SDK's notice about it is known.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const env = Env.parse(process.env);
  const started = Date.now();
  // Set before the engine starts, so a stop during the start ends it too.
  let server: LocalServer | undefined;
  stopOnSignals(async () => server?.close());
  // The engine's JVM starts while the API's modules load: each takes seconds on a first start.
  const engine = startDataEngine({ dataDir: env.DATA_DIR });
  engine.catch(() => undefined); // reported by startLocalServer, which awaits it
  const { startLocalServer } = await import("./server.js");
  server = await startLocalServer({
    engine,
    port: env.PORT,
    dataDir: env.DATA_DIR,
    adminDist: "admin/dist",
    scheduler: env.ENTRAIDE_SCHEDULER === "on",
    demoData: env.ENTRAIDE_DEMO_DATA === "on" ? { year: 2015, scale: DEMO_SCALE } : "off",
  });
  void server.demoReady.then((done) =>
    console.log(
      `Ready: ${done ?? "the data of the last run"} (${((Date.now() - started) / 1000).toFixed(1)} s after start)`,
    ),
  );
  console.log(`Entraide is running (${((Date.now() - started) / 1000).toFixed(1)} s)
  console   ${server.url}/
  API       ${server.url}/api/v1
  API docs  ${server.url}/api/docs
  data      ${env.DATA_DIR} (DynamoDB Local at ${server.engine.endpoint})
  sign in   admin, finance or officer-ma06 (regional officer, MA-06): ${passwordNote(server.generatedPassword)}
Press Ctrl+C to stop.`);
}

/** The generated password is shown this once: only its hash is kept in DATA_DIR. */
function passwordNote(generated: string | undefined): string {
  if (process.env.ENTRAIDE_LOCAL_PASSWORD) return "password from ENTRAIDE_LOCAL_PASSWORD";
  if (generated) return `password ${generated}  (shown once; set ENTRAIDE_LOCAL_PASSWORD to choose your own)`;
  return "the password shown on the first start (forgotten? npm run reset-password -- --user admin), or set ENTRAIDE_LOCAL_PASSWORD";
}

main().catch((error) => {
  console.error(error instanceof JavaMissingError ? error.message : error);
  process.exit(1);
});
