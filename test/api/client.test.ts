import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedEnums, generatedSchema } from "../../packages/client/scripts/document.js";
import { type LocalServer, startLocalServer } from "../../packages/functions/src/local/server.js";
import { aCenter } from "../support/fixtures.js";
import { must } from "../support/must.js";

/** @entraide/client: generated from the document, and its README's walkthrough run against `npm start`'s server. */
const client = resolve(import.meta.dirname, "../../packages/client");
const dataDir = mkdtempSync(join(tmpdir(), "entraide-client-"));
const password = "client walkthrough password";
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ port: 0, dataDir, inMemory: true, scheduler: false, password, log: () => {} });
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the typed client", () => {
  it("is the document's types as generated now (regenerate with npm run generate -w @entraide/client)", async () => {
    expect(await generatedSchema()).toBe(readFileSync(join(client, "src/schema.ts"), "utf8"));
  });

  it("has the document's fixed lists as values, as generated now (src/enums.ts)", async () => {
    expect(await generatedEnums()).toBe(readFileSync(join(client, "src/enums.ts"), "utf8"));
  });

  it("runs the README's walkthrough against a started server", async () => {
    const readme = readFileSync(join(client, "README.md"), "utf8");
    const example = must(/```ts\n([\s\S]*?)```/.exec(readme)?.[1], "a ts block in the README");
    // The walkthrough is also examples/walkthrough.ts, which the type check covers.
    expect(readFileSync(join(client, "examples/walkthrough.ts"), "utf8")).toBe(example);

    const call = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
      (
        await fetch(`${server.url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        })
      ).json();
    const { token } = await call("/api/auth/login", { username: "admin", password });
    const admin = { authorization: `Bearer ${token}` };
    for (const name of ["Centre Anfa", "Centre Sidi Moumen", "Centre Hay Hassani"])
      await call("/api/v1/centers", aCenter({ name }), admin);
    const key = await call(
      "/api/v1/api-keys",
      {
        name: "Application partenaire",
        scopes: ["centers:read", "beneficiaries:read", "beneficiaries:write", "pii:read"],
      },
      admin,
    );

    const { stdout } = await promisify(execFile)("npx", ["tsx", "examples/walkthrough.ts"], {
      cwd: client,
      env: { ...process.env, ENTRAIDE_URL: server.url, ENTRAIDE_API_KEY: key.key },
    });
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("3 centers in Casablanca");
    expect(lines[1]).toMatch(/^created [0-9A-Z]{26} \(replayed: true\)$/);
    expect(lines[2]).toBe("409 on nationalId: Un bénéficiaire avec cette CIN existe déjà");
    expect(lines[3]).toBe("412, read again, changed: version 3");
  }, 120_000);
});
