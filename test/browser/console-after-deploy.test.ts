import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../packages/functions/src/local/dynamodb-local.js";
// @ts-expect-error: a plain .mjs script without types
import { consoleBuildTarget } from "../../scripts/build-admin-if-stale.mjs";
import { synthesize } from "../stacks/synthesize.js";
import { aCenter } from "../support/fixtures.js";
import { healthy, npmStart, npmStartFixture, root, signIn, waitFor } from "../support/npm-start.js";
import { launchBrowser } from "./support/browser.js";
import { input } from "./support/form.js";

/**
 * A developer deploys (the prod stage builds admin/dist for AWS, its API URL a
 * placeholder), then works locally: `npm start` must serve a console built for itself.
 */
const fixture = npmStartFixture("after-deploy");
const password = "after-deploy-password-1";

describe("npm start after a deploy's build", () => {
  it("rebuilds the console for itself: sign-in works and a list shows", async () => {
    await synthesize("prod", { ENTRAIDE_CONSOLE_DIR: join(root, "admin") });
    expect(consoleBuildTarget(join(root, "admin/dist"))).toBe("{{ VITE_API_URL }}");

    const port = await freePort();
    const running = npmStart({
      PORT: String(port),
      DATA_DIR: fixture.dataDir,
      ENTRAIDE_DEMO_DATA: "off",
      ENTRAIDE_LOCAL_PASSWORD: password,
    });
    fixture.running = running;
    await waitFor("npm start answering /api/health", healthy(running.url), 180_000, running.output);
    expect(running.output()).toMatch(/Building the console \(the last build was for another API/);
    expect(consoleBuildTarget(join(root, "admin/dist"))).toBe("local");

    const token = await signIn(running.url, password);
    const created = await fetch(`${running.url}/api/v1/centers`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(aCenter({ name: "Centre après déploiement" })),
    });
    expect(created.status).toBe(201);

    const browser = await launchBrowser();
    fixture.browser = browser;
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const calls: string[] = [];
    page.on("request", (request) => calls.push(request.url()));
    await page.goto(`${running.url}/`);
    await input(page, "username").fill("admin");
    await input(page, "password").fill(password);
    await page.getByRole("button", { name: /تسجيل الدخول|Connexion|Se connecter/ }).click();
    await page.locator('[data-testid="dashboard"]').waitFor();
    await page.goto(`${running.url}/#/centers`);
    await page.locator(".RaDataTable-tbody .RaDataTable-row", { hasText: "Centre après déploiement" }).waitFor();
    expect(calls.filter((url) => url.includes("VITE_API_URL") || url.includes("%7B%7B"))).toEqual([]);
  }, 600_000); // several minutes on a busy machine: a synthesis, builds, the engine, a seed
});
