import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";

/**
 * One run, four kinds of tests. API and domain tests share one in-memory
 * DynamoDB Local (global setup), each file on its own table.
 */
// Node 20 is what these machines have; the SDK's notice about Node 22 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts", "test/core/**/*.test.ts", "test/jobs/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/setup/dynamodb.ts"],
          setupFiles: ["test/setup/openapi-zod.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The console's component tests (data provider, pagination, languages).
        extends: existsSync("admin/vite.config.ts") ? "admin/vite.config.ts" : undefined,
        test: {
          name: "admin",
          include: ["admin/src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["admin/src/test-setup.ts"],
          testTimeout: 30_000,
        },
      },
      {
        // Stacks synthesized offline, as `sst deploy` would, without AWS.
        // Both stages are synthesized once (global setup), every file reads the templates.
        test: {
          name: "stacks",
          include: ["test/stacks/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/stacks/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Headless Chromium against the app served by `npm start` on the embedded engine.
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          setupFiles: ["test/setup/openapi-zod.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
