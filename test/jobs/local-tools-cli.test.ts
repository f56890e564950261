import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "../../packages/functions/src/local/server.js";
import { must } from "../support/must.js";
import { root } from "../support/npm-start.js";

/** The command-line tools run as a person runs them: `npm run <tool> -- …`, next to a running npm start or not. */
function npmRun(tool: string, args: string[], env: Record<string, string> = {}) {
  const { NODE_ENV: _runner, ENTRAIDE_LOCAL_PASSWORD: _password, ...own } = process.env;
  const child = spawn("npm", ["run", "--silent", tool, "--", ...args], {
    cwd: root,
    env: { ...own, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise<{ code: number | null; output: string }>((done) =>
    child.once("close", (code) => done({ code, output })),
  );
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);

const work = mkdtempSync(join(tmpdir(), "entraide-tools-"));
const dataDir = join(work, "data");
let server: LocalServer;
let password: string;
beforeAll(async () => {
  delete process.env.ENTRAIDE_LOCAL_PASSWORD;
  server = await startLocalServer({ port: 0, dataDir, scheduler: false, log: () => {} });
  password = must(server.generatedPassword, "a generated password");
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const signIn = (pass: string) =>
  fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: pass }),
  });

describe("next to a running npm start", () => {
  it("seeds and computes the bilan through the running server's engine", async () => {
    const seeded = await npmRun("seed", ["--data-dir", dataDir, "--year", "2015", "--scale", "0.0005"]);
    expect(seeded.output).toMatch(/through the engine of the running npm start \(pid \d+\)/);
    expect(seeded.code, seeded.output).toBe(0);
    const token = ((await (await signIn(password)).json()) as { token: string }).token;
    const people = await fetch(`${server.url}/api/v1/beneficiaries?limit=5`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.json());
    expect(people.items.length).toBeGreaterThan(0);

    const computed = await npmRun("indicators", ["--data-dir", dataDir, "--year", "2015"]);
    expect(computed.code, computed.output).toBe(0);
    expect(computed.output).toMatch(/succeeded in [\d.]+ s: snapshot/);
    const bilan = await fetch(`${server.url}/api/v1/indicators/2015`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.json());
    expect(bilan.values["beneficiaries.served"]).toBe(Math.round(493_970 * 0.0005));
  }, 180_000);

  it("resets the local password; the running server takes the new one at once", async () => {
    expect((await signIn(password)).status).toBe(200);
    const reset = await npmRun("reset-password", ["--user", "admin", "--data-dir", dataDir]);
    expect(reset.code, reset.output).toBe(0);
    const fresh = reset.output.match(/^ {2}(\S+)$/m)?.[1];
    expect((await signIn(must(fresh, "the new password in the output"))).status).toBe(200);
    expect((await signIn(password)).status).toBe(401);

    const chosen = await npmRun("reset-password", [
      "--user",
      "admin",
      "--password",
      "a-chosen-password",
      "--data-dir",
      dataDir,
    ]);
    expect(chosen.code, chosen.output).toBe(0);
    expect((await signIn("a-chosen-password")).status).toBe(200);
  }, 60_000);
});

describe("a folder that is not npm start's", () => {
  it("is refused by seed, indicators and reset-password, saying how to point at the right one, and left untouched", async () => {
    const empty = join(work, "empty");
    mkdirSync(empty);
    for (const [tool, args] of [
      ["seed", ["--scale", "0.0005"]],
      ["indicators", ["--year", "2015"]],
      ["reset-password", ["--user", "admin"]],
    ] as const) {
      for (const folder of [empty, join(work, "missing")]) {
        const answer = await npmRun(tool, [...args], { DATA_DIR: folder });
        expect(answer.code, answer.output).toBe(1);
        expect(answer.output).toMatch(/not the data folder of npm start/);
        expect(answer.output).toMatch(/DATA_DIR=<folder> or --data-dir <folder>/);
        noStackTrace(answer.output);
      }
    }
    expect(readdirSync(empty)).toEqual([]);
    expect(existsSync(join(work, "missing"))).toBe(false);
  }, 120_000);

  it("is refused when it has secrets but no table", async () => {
    const tableless = join(work, "tableless");
    mkdirSync(tableless);
    writeFileSync(join(tableless, "secrets.json"), JSON.stringify({ piiKey: "k".repeat(43) }));
    const answer = await npmRun("indicators", ["--data-dir", tableless, "--year", "2015"]);
    expect(answer.code, answer.output).toBe(1);
    expect(answer.output).toMatch(/holds no table entraide: it is not the data folder of npm start/);
    noStackTrace(answer.output);
  }, 120_000);
});

describe("a person's mistakes", () => {
  it("are answered with the option at fault and the usage, never a stack trace", async () => {
    const cases = [
      ["seed", ["--url", "http://localhost:3000"], /Unknown option '--url'[\s\S]*Usage: npm run seed/],
      ["seed", ["--scale", "2"], /--scale: At most 1/],
      ["seed", ["--year", "soon"], /--year: /],
      ["indicators", ["--year", "1900"], /--year: /],
      ["indicators", ["--bogus"], /Unknown option '--bogus'[\s\S]*Usage: npm run indicators/],
      [
        "indicators",
        ["--url", "http://127.0.0.1:9", "--user", "admin", "--password", "x"],
        /Nothing answers at http:\/\/127\.0\.0\.1:9/,
      ],
      ["reset-password", [], /--user: one of admin, finance, officer-ma06/],
      ["reset-password", ["--user", "admin", "--password", "short"], /--password: at least 12 characters/],
    ] as const;
    for (const [tool, args, said] of cases) {
      const answer = await npmRun(tool, [...args], { DATA_DIR: dataDir });
      expect(answer.code, `${tool} ${args.join(" ")}`).toBe(1);
      expect(answer.output).toMatch(said);
      noStackTrace(answer.output);
    }
  }, 120_000);
});
