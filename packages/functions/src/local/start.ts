import * as z from "zod";
import { JavaMissingError } from "./dynamodb-local.js";
import { startLocalServer } from "./server.js";

/** `npm start`: everything on this machine, data kept in DATA_DIR between runs. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
});

async function main() {
  // Node 20 is supported until January 2027; the SDK's notice about it is known.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const env = Env.parse(process.env);
  const started = Date.now();
  const server = await startLocalServer({ port: env.PORT, dataDir: env.DATA_DIR, adminDist: "admin/dist" });
  console.log(`Entraide is running (${((Date.now() - started) / 1000).toFixed(1)} s)
  console   ${server.url}/
  API       ${server.url}/api/v1
  API docs  ${server.url}/api/docs
  data      ${env.DATA_DIR} (DynamoDB Local at ${server.engine.endpoint})
Press Ctrl+C to stop.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof JavaMissingError ? error.message : error);
  process.exit(1);
});
