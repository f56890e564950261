import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { lambdaDir, lambdaEntries, maxBundleBytes } from "../../scripts/bundle-report.js";
import { httpApiEvent, type HttpRequest } from "../support/lambda-events.js";
import { actionsOf, roleAccess, synthesized, type Resource } from "./templates.js";

const deployed = () => synthesized("test").bundles;
const entryOf = (handler: string) => `${handler.slice(0, handler.lastIndexOf("."))}.ts`;

describe("Lambda bundles, as synthesis built them", () => {
  it("builds every entry point of packages/functions/src/lambda, and only those", () => {
    const handlers = deployed().map((b) => entryOf(b.handler));
    expect(handlers.every((entry) => entry.startsWith(`${lambdaDir}/`))).toBe(true);
    expect([...new Set(handlers)].sort()).toEqual(lambdaEntries());
  });

  it("are minified ES modules with their source maps", () => {
    for (const bundle of deployed()) {
      const code = readFileSync(bundle.file, "utf8");
      const name = bundle.file.split("/").pop();
      expect(name, bundle.handler).toMatch(/\.mjs$/);
      // SST's ESM banner, then minified code: long lines (unminified code averages ~40 characters a line).
      expect(code.startsWith("import { createRequire as topLevelCreateRequire } from 'module';"), bundle.handler).toBe(true);
      expect(code.length / code.split("\n").length, bundle.handler).toBeGreaterThan(1000);
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`), bundle.handler).toBe(true);
      expect(existsSync(`${bundle.file}.map`), bundle.handler).toBe(true);
    }
  });

  it(`stay under ${maxBundleBytes / 1024} KB each`, () => {
    for (const bundle of deployed()) expect(bundle.bytes, bundle.handler).toBeLessThan(maxBundleBytes);
  });
});

describe("the bundle report", () => {
  it("builds byte for byte what synthesis built (same esbuild, same options)", () => {
    const { bundles, reportBytes } = synthesized("test");
    for (const bundle of bundles) expect(reportBytes[bundle.handler], bundle.handler).toBe(bundle.bytes);
  });
});

describe("least privilege, from the bundles", () => {
  it("grants each AWS call a function's bundle can make, unless it is known not to make it", () => {
    for (const bundle of deployed()) {
      const allowed = grantedActions(bundle.handler);
      const name = entryOf(bundle.handler).split("/").pop()!.replace(".ts", "");
      for (const command of commandsIn(bundle.file)) {
        if (sdkWrappers.has(command) || sdkInternal[command] || notCalledBy[name]?.[command]) continue;
        const needs = actionFor[command];
        expect(needs, `${bundle.handler} can send ${command}: map it to its IAM action here`).toBeDefined();
        expect(allowed, `${bundle.handler} can send ${command}`).toContain(needs);
      }
    }
  });
});

describe("the API bundle, run as Lambda runs it", () => {
  const api = () => deployed().find((b) => b.handler.endsWith("/api.handler"))!;

  it("serves the OpenAPI document (the zod namespace given to @hono/zod-openapi is enough)", async () => {
    const answer = await invoke(api().file, { method: "GET", path: "/api/openapi.json" });
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ openapi: "3.1.0", info: { title: "Entraide API" } });
    expect(Object.keys(JSON.parse(answer.body).paths)).toContain("/api/v1/centers");
  });

  it("refuses an invalid body with the API's error shape, naming the field", async () => {
    const answer = await invoke(api().file, { method: "POST", path: "/api/auth/login", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "" }) });
    expect(answer.statusCode).toBe(400);
    const { error } = JSON.parse(answer.body);
    expect(error.code).toBe("validation_failed");
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["username", "password"]));
  });
});

/** The AWS commands a bundle holds (SST keeps class names: `o(this,"GetItemCommand")`). */
function commandsIn(file: string): Set<string> {
  return new Set([...readFileSync(file, "utf8").matchAll(/o\(this,"(\w+Command)"\)/g)].map((m) => m[1]!));
}

/** SDK commands → the IAM action each needs. A command missing here fails the test: map it. */
const actionFor: Record<string, string> = {
  GetItemCommand: "dynamodb:GetItem",
  PutItemCommand: "dynamodb:PutItem",
  UpdateItemCommand: "dynamodb:UpdateItem",
  DeleteItemCommand: "dynamodb:DeleteItem",
  QueryCommand: "dynamodb:Query",
  ScanCommand: "dynamodb:Scan",
  BatchGetItemCommand: "dynamodb:BatchGetItem",
  BatchWriteItemCommand: "dynamodb:BatchWriteItem",
  TransactWriteItemsCommand: "dynamodb:TransactWriteItems",
  DescribeTableCommand: "dynamodb:DescribeTable",
  GetObjectCommand: "s3:GetObject",
  PutObjectCommand: "s3:PutObject",
  ListObjectsV2Command: "s3:ListBucket",
  InvokeCommand: "lambda:InvokeFunction",
};
/** The document client's commands: each sends the DynamoDB command of the same operation, checked above. */
const sdkWrappers = new Set(["GetCommand", "PutCommand", "UpdateCommand", "DeleteCommand", "TransactWriteCommand", "BatchGetCommand", "BatchWriteCommand", "DynamoDBDocumentClientCommand"]);
/** Commands the SDK carries for features Entraide does not use. */
const sdkInternal: Record<string, string> = {
  CreateSessionCommand: "S3 Express One Zone sessions; the exports bucket is a standard bucket",
  DescribeEndpointsCommand: "DynamoDB endpoint discovery, off by default",
};
/**
 * Reachable in a bundle but never sent by that function: object literals keep all their
 * methods, so a module's read and write sides travel together. Each entry says why it is not called.
 */
const notCalledBy: Record<string, Record<string, string>> = {
  indicators: {
    TransactWriteItemsCommand: "the registries' writes, reachable through their definitions; the bilan only scans them",
    DeleteItemCommand: "the registries' deletes, likewise",
    GetObjectCommand: "the export store's download side, used by the API",
    ListObjectsV2Command: "the export store's listing, used by the API",
  },
  api: {
    PutObjectCommand: "the export store's write side: only the job writes exports",
    ScanCommand: "the bilan's scan, reachable through the in-process launcher of `npm start`; in AWS runs go to the job",
  },
};

function grantedActions(handler: string): string[] {
  for (const [stack, json] of Object.entries(synthesized("test").templates)) {
    const found = Object.values((json as { Resources: Record<string, Resource> }).Resources).find(
      (r) => r.Type === "AWS::Lambda::Function" && r.Properties.Handler === handler,
    );
    if (found) return roleAccess("test", stack, found.Properties.Role["Fn::GetAtt"][0]).statements.flatMap(actionsOf);
  }
  throw new Error(`No function with handler ${handler}`);
}

/** Imports the bundle in a fresh Node process, as Lambda does, and hands it one HTTP API event. */
async function invoke(file: string, request: HttpRequest): Promise<{ statusCode: number; body: string; headers: Record<string, string> }> {
  const script = `const { handler } = await import(${JSON.stringify(file)}); console.log(JSON.stringify(await handler(JSON.parse(process.env.EVENT), {})));`;
  const env = {
    ...process.env,
    EVENT: JSON.stringify(httpApiEvent(request)),
    TABLE_NAME: "bundle-test",
    SST_Secret_value_ENTRAIDE_PII_KEY: "a-pii-key-of-at-least-32-characters!",
    COGNITO_ISSUER: "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Example",
    COGNITO_CLIENT_ID: "console-client",
    EXPORTS_BUCKET: "bundle-test-exports",
    INDICATORS_FUNCTION_NAME: "bundle-test-indicators",
    AWS_REGION: "eu-west-3",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { env });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}
