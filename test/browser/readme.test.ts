import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../packages/functions/src/local/dynamodb-local.js";
import { must } from "../support/must.js";
import { healthy, npmStart, npmStartFixture, root, waitFor } from "../support/npm-start.js";

/**
 * Every shell block of the README, run as written against a fresh `npm start`
 * (only its port moved off 3000), one after the other in one shell. Our curl
 * fails on any 4xx/5xx answer, so a wrong example cannot pass unnoticed.
 */
const fixture = npmStartFixture("readme");
const password = "readme-password-12";
const bin = mkdtempSync(join(tmpdir(), "entraide-readme-bin-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** The blocks that are the commands running this very suite (install, test) are left out. */
const runsThisSuite = (block: string) => /^npm (install|test)\b/m.test(block);

function readmeBlocks(): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  return [...readme.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].map((m) => must(m[1], "a block's text"));
}

describe("the README", () => {
  it("has shell blocks that run as written", async () => {
    for (const tool of ["curl", "jq", "bash"]) {
      expect(
        spawnSync("sh", ["-c", `command -v ${tool}`]).status,
        `${tool} is needed by the README's examples (sudo apt-get install -y ${tool})`,
      ).toBe(0);
    }
    const realCurl = spawnSync("sh", ["-c", "command -v curl"], { encoding: "utf8" }).stdout.trim();
    writeFileSync(join(bin, "curl"), `#!/bin/sh\nexec ${realCurl} --fail-with-body "$@"\n`);
    chmodSync(join(bin, "curl"), 0o755);

    const blocks = readmeBlocks().filter((block) => !runsThisSuite(block));
    expect(blocks.some((b) => b.includes("curl"))).toBe(true);
    const port = await freePort();
    const running = npmStart({
      PORT: String(port),
      DATA_DIR: fixture.dataDir,
      ENTRAIDE_DEMO_DATA: "off",
      ENTRAIDE_LOCAL_PASSWORD: password,
    });
    fixture.running = running;
    await waitFor("npm start answering /api/health", healthy(running.url), 180_000, running.output);

    const script = ["set -euo pipefail", ...blocks.map((block, i) => `echo "=== block ${i + 1}"\n${block}`)]
      .join("\n")
      .replaceAll("localhost:3000", `localhost:${port}`);
    const { NODE_ENV: _runner, ...env } = process.env;
    const run = spawnSync("bash", ["-c", script], {
      cwd: root,
      encoding: "utf8",
      timeout: 600_000,
      env: { ...env, PATH: `${bin}:${env.PATH}`, DATA_DIR: fixture.dataDir, ENTRAIDE_LOCAL_PASSWORD: password },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/"name":"Centre social Hay Mohammadi"/);
    expect(output).toMatch(/"capacity":55/);
    expect(output).toMatch(/\d+ items for 2015 at scale 0\.01/);
    expect(output).toMatch(/succeeded in [\d.]+ s: snapshot/);
  }, 600_000); // minutes on a busy machine: the engine starts and the demo year is written
});
