import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalServer } from "../packages/functions/src/local/server.js";
import { buildConsole, firstListRows, initialJsRow } from "./sections/console.js";
import { markdown, type Row } from "./table.js";

/**
 * The console's two rows of `npm run bench` alone (`npx tsx bench/console-only.ts`):
 * initial JS and navigation → first list row, on a server holding a page of centers.
 */
const dataDir = mkdtempSync(join(tmpdir(), "entraide-bench-console-"));
const password = randomBytes(12).toString("base64url");
const { initialGzipKb } = buildConsole();
const server = await startLocalServer({
  port: 0,
  dataDir,
  inMemory: true,
  password,
  adminDist: "admin/dist",
  scheduler: false,
  log: () => {},
});
try {
  const { token } = (await (
    await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password }),
    })
  ).json()) as { token: string };
  for (let i = 0; i < 30; i++) {
    await fetch(`${server.url}/api/v1/centers`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        name: `Centre ${i}`,
        type: "women",
        regionCode: "MA-06",
        provinceCode: "MA-CAS",
        areaType: "urban",
        capacity: 40,
        status: "active",
        openedOn: "2012-03-01",
      }),
    });
  }
  const rows: Row[] = [initialJsRow(initialGzipKb), ...(await firstListRows(server, token, 7))];
  console.log(markdown(rows));
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
