import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../packages/functions/src/local/dynamodb-local.js";
import { aCenter } from "../support/fixtures.js";
import { must } from "../support/must.js";
import {
  healthy,
  listening,
  type NpmStart,
  npmStart,
  processTree,
  signIn,
  stillRunning,
  waitFor,
} from "../support/npm-start.js";

/**
 * `npm start` stopped the way people and process managers stop it: one signal
 * to one pid. Everything it started (node, the Java engine) must end within 5 s,
 * free the port and the data folder, and the next start finds the data.
 */
const dataDir = mkdtempSync(join(tmpdir(), "entraide-stop-"));
const password = "stop-test-password-1";
let running: NpmStart | undefined;
afterAll(() => {
  if (running?.npm.exitCode === null) process.kill(-must(running.npm.pid, "the pid of npm start"), "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(port: number) {
  running = npmStart({
    PORT: String(port),
    DATA_DIR: dataDir,
    ENTRAIDE_DEMO_DATA: "off",
    ENTRAIDE_LOCAL_PASSWORD: password,
  });
  await waitFor("npm start answering /api/health", healthy(running.url), 120_000, running.output);
  return {
    ...running,
    headers: { authorization: `Bearer ${await signIn(running.url, password)}`, "content-type": "application/json" },
  };
}

/** Sends the signal, then measures until every process of the tree is gone and the port is free. */
async function stop(target: "npm" | "node", signal: NodeJS.Signals, port: number) {
  const npm = must(running?.npm.pid, "the pid of a running npm start");
  const tree = processTree(npm);
  expect(
    tree.some((p) => p.command.startsWith("java ")),
    "the engine runs under npm start",
  ).toBe(true);
  const node = must(
    tree.find((p) => p.command.includes("scripts/start.mjs")),
    "node running scripts/start.mjs",
  );
  const sent = Date.now();
  process.kill(target === "npm" ? npm : node.pid, signal);
  const pids = tree.map((p) => p.pid);
  await waitFor(
    `everything of npm start gone after ${signal} to ${target}`,
    async () => (stillRunning(pids).length === 0 && !(await listening(port)) ? true : undefined),
    10_000,
    () => JSON.stringify(tree),
  );
  const took = Date.now() - sent;
  console.log(`${signal} to ${target}: ${tree.length} processes gone and port free in ${took} ms`);
  expect(took).toBeLessThan(5000);
  expect(existsSync(join(dataDir, "engine.lock")), "the data folder is released").toBe(false);
}

describe("stopping npm start", () => {
  it("SIGTERM to npm's pid stops node and the engine; a restart finds the data", async () => {
    const port = await freePort();
    const first = await start(port);
    const created = await fetch(`${first.url}/api/v1/centers`, {
      method: "POST",
      headers: first.headers,
      body: JSON.stringify(aCenter({ name: "Centre d'avant l'arrêt" })),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await stop("npm", "SIGTERM", port);

    const second = await start(port);
    const read = await fetch(`${second.url}/api/v1/centers/${id}`, { headers: second.headers });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { name: string }).name).toBe("Centre d'avant l'arrêt");
    await stop("node", "SIGTERM", port);

    await start(port);
    await stop("npm", "SIGINT", port);
  });
});
