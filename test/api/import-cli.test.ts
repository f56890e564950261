import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalServer } from "../../packages/functions/src/local/server.js";
import { csvFile, beneficiaryHeaderFr as H, beneficiaryRowFr as row } from "../support/imports.js";

const work = mkdtempSync(join(tmpdir(), "entraide-import-cli-"));
const dataDir = join(work, "data");
const password = "mot-de-passe-local-du-test";
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run import -- …`, as a person types it: its exit code and what it printed. */
function importCommand(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "packages/functions/src/local/import-cli.ts", ...args], {
      env: { ...process.env, ENTRAIDE_LOCAL_PASSWORD: password },
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => done({ code, out }));
  });
}

/** A list as a person saves it, in the test's folder: its path. */
function listFile(name: string, rows: Parameters<typeof row>[0][]): string {
  const path = join(work, name);
  writeFileSync(path, csvFile([H, ...rows.map(row)]));
  return path;
}

/** The report the command wrote next to `file`. */
const reportOf = (file: string) => {
  const name = readdirSync(work).find((entry) => entry.startsWith(`${file.split("/").pop()}.report-`));
  if (!name) throw new Error(`no report next to ${file}`);
  return readFileSync(join(work, name), "utf8")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
};

describe("npm run import", () => {
  it("imports through a running server, then on the local data once it is stopped, the report next to the file", {
    timeout: 120_000,
  }, async () => {
    const listed = listFile("liste.csv", [
      { cin: "CL100001", first: "Fatima" },
      { cin: "CL100002", first: "Khadija", birth: "1990-01-31" },
      { cin: "CL100003", first: "Amina", consent: "non" },
    ]);
    const server = await startLocalServer({ port: 0, dataDir, password, scheduler: false, log: () => {} });
    try {
      const run = await importCommand([
        "--registry",
        "beneficiaries",
        "--file",
        listed,
        "--url",
        server.url,
        "--user",
        "admin",
        "--commit",
      ]);
      expect(run.out).toContain(
        "committed: 3 rows — 2 valid, 1 invalid, 0 duplicates, 0 probable duplicates, 2 created",
      );
      expect(run.code).toBe(0);
      const report = reportOf(listed);
      expect(report).toHaveLength(4);
      expect(report[1]).toMatch(/^2,CL100001,Fatima,.*,Créé,,[0-9A-Z]{26}$/);
      expect(report[3]).toMatch(/^4,CL100003,.*,Invalide,Consentement: /);
    } finally {
      await server.close();
    }

    // The server stopped: the same data, opened by the command itself. The CIN already there is a duplicate.
    const again = listFile("encore.csv", [
      { cin: "cl 100001", first: "Fatima" },
      { cin: "CL100009", first: "Zineb", birth: "03/03/1993" },
    ]);
    const local = await importCommand(["--registry", "beneficiaries", "--file", again, "--data-dir", dataDir]);
    expect(local.out).toContain("validated: 2 rows — 1 valid, 0 invalid, 1 duplicates");
    expect(local.code).toBe(0);
    expect(reportOf(again)[1]).toMatch(/^2,cl 100001,Fatima,.*,Doublon,/);
  });
});
