import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll } from "vitest";
import { must } from "./must.js";

/**
 * `npm start` run the way a person or a process manager runs it: the real
 * command, its own data folder and port, and the whole process tree it makes.
 */
export const root = resolve(import.meta.dirname, "../..");

export interface NpmStart {
  npm: ChildProcess;
  url: string;
  output(): string;
}

export function npmStart(env: Record<string, string>): NpmStart {
  // The test runner's NODE_ENV=test is not what a person's shell has.
  const { NODE_ENV: _runner, ...own } = process.env;
  const npm = spawn("npm", ["start"], {
    cwd: root,
    env: { ...own, ENTRAIDE_SCHEDULER: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  npm.stdout.on("data", (chunk) => (output += chunk));
  npm.stderr.on("data", (chunk) => (output += chunk));
  return { npm, url: `http://127.0.0.1:${env.PORT}`, output: () => output };
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  output = () => "",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s\n${output()}`);
}

export const healthy = (url: string) => async () => ((await fetch(`${url}/api/health`)).ok ? true : undefined);

/** Live processes as pid → [parent pid, command line] (zombies count as gone). */
function processes(): Map<number, [number, string]> {
  const table = new Map<number, [number, string]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state === "Z" || state === "X") continue;
      table.set(Number(name), [Number(ppid), readFileSync(`/proc/${name}/cmdline`, "utf8").replaceAll("\0", " ")]);
    } catch {
      // ended while being read
    }
  }
  return table;
}

/** The process and everything it started, with their command lines. */
export function processTree(pid: number): Array<{ pid: number; command: string }> {
  const table = processes();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, [parent]] of table) if (parent === tree[i]) tree.push(child);
  return tree.flatMap((p) => {
    const live = table.get(p);
    return live ? [{ pid: p, command: live[1] }] : [];
  });
}

export const stillRunning = (pids: number[]) => {
  const table = processes();
  return pids.filter((pid) => table.has(pid));
};

/** Whether something still accepts connections on the port. */
export const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });

/** Stops a test's `npm start` (if still running) the way a process manager would. */
export async function stopNpmStart(running: NpmStart | undefined): Promise<void> {
  if (!running || running.npm.exitCode !== null) return;
  const exited = new Promise((done) => running.npm.once("exit", done));
  process.kill(must(running.npm.pid, "the pid of npm start"), "SIGTERM");
  await exited;
}

/** The token of the local administrator. */
export async function signIn(url: string, password: string): Promise<string> {
  const answer = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  return ((await answer.json()) as { token: string }).token;
}

/** A test file's own data folder, `npm start` and browser, stopped and removed after the file. */
export function npmStartFixture(name: string) {
  const fixture = {
    dataDir: mkdtempSync(join(tmpdir(), `entraide-${name}-`)),
    running: undefined as NpmStart | undefined,
    browser: undefined as Browser | undefined,
  };
  afterAll(async () => {
    await fixture.browser?.close();
    await stopNpmStart(fixture.running);
    rmSync(fixture.dataDir, { recursive: true, force: true });
  });
  return fixture;
}
