import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startDynamoDbLocal } from "../../packages/functions/src/local/dynamodb-local.js";
import { startLocalServer } from "../../packages/functions/src/local/server.js";
import { aCenter } from "../support/fixtures.js";

const dataDir = mkdtempSync(join(tmpdir(), "entraide-local-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Signs in as the local administrator: the password made on the first start (or ENTRAIDE_LOCAL_PASSWORD). */
async function signIn(url: string, password: string | undefined) {
  const session = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: password ?? process.env.ENTRAIDE_LOCAL_PASSWORD }),
  }).then((r) => r.json());
  return { authorization: `Bearer ${session.token}` };
}

describe("npm start's server", () => {
  it("keeps data on disk between runs", async () => {
    const first = await startLocalServer({ port: 0, dataDir });
    const password = first.generatedPassword;
    const created = await fetch(`${first.url}/api/v1/centers`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await signIn(first.url, password)) },
      body: JSON.stringify(aCenter({ name: "Centre persistant" })),
    }).then((r) => r.json());
    await first.close();

    const second = await startLocalServer({ port: 0, dataDir });
    try {
      const health = await fetch(`${second.url}/api/health`);
      expect(health.status).toBe(200);
      const read = await fetch(`${second.url}/api/v1/centers/${created.id}`, {
        headers: await signIn(second.url, password),
      }).then((r) => r.json());
      expect(read.name).toBe("Centre persistant");
    } finally {
      await second.close();
    }
  });

  it("stops with a clear message when Java is missing", () => {
    // A PATH with node alone (node and java share /usr/bin on Debian).
    const bin = join(dataDir, "bin");
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, "node"));
    const result = spawnSync(join(bin, "node"), ["--import", "tsx", "packages/functions/src/local/start.ts"], {
      env: { PATH: bin, DATA_DIR: join(dataDir, "nojava"), PORT: "0" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/openjdk-17-jre-headless/);
  });

  it("says the engine's port is taken, at once, when something else holds it", async () => {
    const holder = createServer();
    await new Promise<void>((listening) => holder.listen(0, "0.0.0.0", () => listening()));
    const { port } = holder.address() as AddressInfo;
    try {
      // The holder takes connections and never answers: the engine's start must not wait on it.
      await expect(startDynamoDbLocal({ port })).rejects.toThrow(/Address already in use/);
    } finally {
      holder.close();
    }
  });
});
