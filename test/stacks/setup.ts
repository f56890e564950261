import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { bundleLambda } from "../../scripts/bundle-report.js";
import { type Synthesized, synthesize } from "./synthesize.js";

/** The console's stand-in: the stack tests check the wiring of the build, not the console itself. */
export const consoleFixture = "test/stacks/fixtures/console";

/**
 * Synthesizes both stages once for the whole `stacks` project (~5 s each plus the
 * bundles); the test files read the templates. prod is given custom domains, as its
 * `.env.prod` would.
 */
export default async function setup(project: TestProject) {
  const stages = {
    test: await synthesizeWithConsole("test", {}),
    prod: await synthesizeWithConsole("prod", {
      CONSOLE_DOMAIN: "console.entraide.example",
      API_DOMAIN: "api.entraide.example",
    }),
  };
  project.provide("stacks", stages);
}

/**
 * Each synthesis rebuilds the fixture: what its build was given is kept before the next one.
 * The bundle report builds each function right after, so both see the same sources.
 */
async function synthesizeWithConsole(stage: string, env: Record<string, string>) {
  const synthesized = await synthesize(stage, { ENTRAIDE_CONSOLE_DIR: consoleFixture, ...env });
  const consoleBuild = readFileSync(join(consoleFixture, "dist/assets/index.js"), "utf8");
  const consolePage = readFileSync(join(consoleFixture, "dist/index.html"), "utf8");
  const outdir = mkdtempSync(join(tmpdir(), "entraide-report-"));
  try {
    const reportBytes: Record<string, number> = {};
    for (const { handler } of synthesized.bundles) {
      const entry = `${handler.slice(0, handler.lastIndexOf("."))}.ts`;
      reportBytes[handler] = (await bundleLambda(entry, join(outdir, String(Object.keys(reportBytes).length)))).bytes;
    }
    return { ...synthesized, consoleBuild, consolePage, reportBytes };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    stacks: Record<
      "test" | "prod",
      Synthesized & { consoleBuild: string; consolePage: string; reportBytes: Record<string, number> }
    >;
  }
}
