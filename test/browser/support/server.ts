import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Json } from "../../support/json.js";
import { must } from "../../support/must.js";

/**
 * Entraide served the way `npm start` serves it — console built once, then the
 * local server (embedded DynamoDB, API under /api, console at /) as a child
 * process on a free port with its own empty data folder.
 */
const root = resolve(import.meta.dirname, "../../..");

export interface ConsoleServer {
  url: string;
  /** The local staff password this server was started with (user "admin"). */
  password: string;
  /** A token of "admin", when the server has an identity service (null while it has none). */
  token: string | null;
  /** Calls the API directly, as another administrator (or a partner system) would. */
  api<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/health within 90 s:\n${output()}`);
}

export interface ConsoleServerOptions {
  /** Load `npm start`'s demo data (2015 at scale 0.004, and its bilan) as a first start does; off by default. */
  demoData?: boolean;
}

export async function startConsoleServer(options: ConsoleServerOptions = {}): Promise<ConsoleServer> {
  // The test runner sets NODE_ENV=test, which would make Vite build React's development bundle.
  const { NODE_ENV: _runner, ...env } = process.env;
  execFileSync("node", ["scripts/build-admin-if-stale.mjs"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
  });
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePort(options, env);
    } catch (error) {
      // Another test's process may take the free port between the probe and the server's listen: another one then.
      if (attempt < 3 && String((error as Error).message).includes("EADDRINUSE")) continue;
      throw error;
    }
  }
}

async function startOnFreePort(options: ConsoleServerOptions, env: NodeJS.ProcessEnv): Promise<ConsoleServer> {
  const port = await freePort();
  const password = randomBytes(12).toString("base64url");
  const dataDir = mkdtempSync(join(tmpdir(), "entraide-browser-"));
  // Its own process group, so stopping it also stops the engine it started.
  const child = spawn("npx", ["tsx", "packages/functions/src/local/start.ts"], {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      DATA_DIR: dataDir,
      ENTRAIDE_DEMO_DATA: options.demoData ? "on" : "off",
      ENTRAIDE_LOCAL_PASSWORD: password,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));

  async function stop() {
    if (child.exitCode === null) {
      try {
        process.kill(-must(child.pid, "the server's pid"), "SIGTERM");
      } catch {
        // already gone
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-must(child.pid, "the server's pid"), "SIGKILL");
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(killed);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  let token: string | null = null;
  async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  const login = await api("POST", "/api/auth/login", { username: "admin", password });
  if (login.status === 200) token = login.body.token;
  else if (login.status !== 404) throw new Error(`Signing in answered ${login.status}: ${JSON.stringify(login.body)}`);
  return { url, password, token, api, stop };
}
