import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalServer } from "../../../packages/functions/src/local/server.js";
import { must } from "../../support/must.js";

const dataDir = mkdtempSync(join(tmpdir(), "entraide-sign-in-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const login = (url: string, username: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });

/** Starts like `npm start` (engine in memory, secrets in dataDir), runs `work`, stops. */
async function withServer<T>(
  password: string | undefined,
  work: (server: Awaited<ReturnType<typeof startLocalServer>>) => Promise<T>,
) {
  const server = await startLocalServer({
    port: 0,
    dataDir,
    inMemory: true,
    scheduler: false,
    password,
    log: () => {},
  });
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

describe("signing in to npm start", () => {
  it("makes a password on the first start, shows it once, keeps only its hash, and honours a chosen one", async () => {
    // The suite may run with ENTRAIDE_LOCAL_PASSWORD set: this test is about the generated one.
    const saved = process.env.ENTRAIDE_LOCAL_PASSWORD;
    delete process.env.ENTRAIDE_LOCAL_PASSWORD;
    try {
      const generated = await withServer(undefined, async (server) => {
        expect(server.generatedPassword).toMatch(/^[A-Za-z0-9_-]{18}$/);
        const session = await login(server.url, "officer-ma06", must(server.generatedPassword, "a generated password"));
        expect(session.status).toBe(200);
        const { token } = (await session.json()) as { token: string };
        const mine = await fetch(`${server.url}/api/v1/centers?regionCode=MA-06`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(mine.status).toBe(200);
        const jwks = (await (await fetch(`${server.url}/api/auth/jwks.json`)).json()) as { keys: { kid: string }[] };
        expect(
          JSON.parse(Buffer.from(must(token.split(".")[0], "a token's header"), "base64url").toString()),
        ).toMatchObject({
          alg: "ES256",
          kid: must(jwks.keys[0], "a published key").kid,
        });
        return must(server.generatedPassword, "a generated password");
      });
      const secrets = readFileSync(join(dataDir, "secrets.json"), "utf8");
      expect(secrets).not.toContain(generated);
      expect(JSON.parse(secrets).passwordHash).toMatch(/^scrypt\$/);
      expect(statSync(join(dataDir, "secrets.json")).mode & 0o777).toBe(0o600);

      await withServer(undefined, async (server) => {
        expect(server.generatedPassword).toBeUndefined();
        expect((await login(server.url, "finance", generated)).status).toBe(200);
      });
      await withServer("chosen-password", async (server) => {
        expect((await login(server.url, "admin", generated)).status).toBe(401);
        expect((await login(server.url, "admin", "chosen-password")).status).toBe(200);
      });
    } finally {
      if (saved !== undefined) process.env.ENTRAIDE_LOCAL_PASSWORD = saved;
    }
  });
});
