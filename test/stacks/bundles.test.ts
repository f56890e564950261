import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { budgetOf, lambdaDir, lambdaEntries, maxBundleBytes } from "../../scripts/bundle-report.js";
import { dynamoDbStreamInsert, httpApiEvent } from "../support/lambda-events.js";
import { must } from "../support/must.js";
import { codeFiles } from "./synthesize.js";
import { actionsOf, type Resource, roleAccess, synthesized } from "./templates.js";

const deployed = () => synthesized("test").bundles;
const entryOf = (handler: string) => `${handler.slice(0, handler.lastIndexOf("."))}.ts`;
const nameOf = (handler: string) => basename(entryOf(handler), ".ts");

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
      expect(code.startsWith("import { createRequire as topLevelCreateRequire } from 'module';"), bundle.handler).toBe(
        true,
      );
      expect(code.length / code.split("\n").length, bundle.handler).toBeGreaterThan(1000);
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`), bundle.handler).toBe(true);
      expect(existsSync(`${bundle.file}.map`), bundle.handler).toBe(true);
    }
  });

  it(`stay under ${maxBundleBytes / 1024} KB each, or their own budget (npx tsx scripts/bundle-report.ts says what weighs)`, () => {
    const over = deployed()
      .filter((b) => b.bytes >= budgetOf(nameOf(b.handler)))
      .map((b) => `${b.handler}: ${Math.round(b.bytes / 1024)} KB`);
    expect(over).toEqual([]);
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
      const name = nameOf(bundle.handler);
      const commands = [...commandsIn(bundle.file)];
      for (const command of Object.keys(notCalledBy[name] ?? {}))
        expect(commands, `stale exception for ${name}: remove it`).toContain(command);
      for (const command of commands) {
        if (sdkWrappers.has(command) || sdkInternal[command] || notCalledBy[name]?.[command]) continue;
        const needs = actionFor[command];
        expect(needs, `${bundle.handler} can send ${command}: map it to its IAM action here`).toBeDefined();
        expect(allowed, `${bundle.handler} can send ${command}`).toContain(needs);
      }
    }
  });
});

describe("the API bundle, run as Lambda runs it", () => {
  const api = () =>
    must(
      deployed().find((b) => b.handler.endsWith("/api.handler")),
      "the API bundle",
    );

  it("serves the OpenAPI document (the zod namespace given to @hono/zod-openapi is enough)", async () => {
    const answer = (await invoke(
      api().file,
      httpApiEvent({ method: "GET", path: "/api/openapi.json" }),
    )) as LambdaAnswer;
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ openapi: "3.1.0", info: { title: "Entraide API" } });
    expect(Object.keys(JSON.parse(answer.body).paths)).toContain("/api/v1/centers");
  });

  it("refuses an invalid body with the API's error shape, naming the field", async () => {
    const answer = (await invoke(
      api().file,
      httpApiEvent({
        method: "POST",
        path: "/api/auth/login",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "" }),
      }),
    )) as LambdaAnswer;
    expect(answer.statusCode).toBe(400);
    const { error } = JSON.parse(answer.body);
    expect(error.code).toBe("validation_failed");
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["username", "password"]));
  });
});

describe("the job bundle, run as Lambda runs it", () => {
  const job = () =>
    must(
      deployed().find((b) => b.handler.endsWith("/indicators.handler")),
      "the job bundle",
    );

  it("reads a table stream record and refuses one that is not a new run, naming what is wrong", async () => {
    const center = { pk: { S: "CENTER#01J0000000000000000000000" }, sk: { S: "CENTER" }, entity: { S: "CENTER" } };
    const answer = await invoke(job().file, dynamoDbStreamInsert("bundle-test", center));
    expect(answer).toMatchObject({
      error: expect.stringMatching(/^Invalid indicators event: Records\.0\.dynamodb\.NewImage is not a run/),
    });
  });
});

/**
 * The AWS calls a bundle holds, in its entry and chunks: the SDK's commands (SST keeps class names: `static{o(this,"GetItemCommand")}`,
 * the helper's name varies), and the S3 operations Entraide signs itself (jobs/s3-objects.ts names each
 * with `x-id`, as the SDK does), under the name of the SDK command they stand for.
 */
function commandsIn(file: string): Set<string> {
  const code = codeFiles(dirname(file))
    .map((chunk) => readFileSync(chunk, "utf8"))
    .join("\n");
  const sdk = [...code.matchAll(/static\{[\w$]+\(this,"(\w+Command)"\)\}/g)].map((m) => must(m[1], "a command's name"));
  const signed = [...code.matchAll(/"x-id":"(\w+)"/g)].map((m) => `${m[1]}Command`);
  return new Set([...sdk, ...signed]);
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
  ExecuteStatementCommand: "dynamodb:PartiQLSelect",
  GetObjectCommand: "s3:GetObject",
  PutObjectCommand: "s3:PutObject",
};
/** The document client's commands: each sends the DynamoDB command of the same operation, checked above. */
const sdkWrappers = new Set([
  "GetCommand",
  "PutCommand",
  "UpdateCommand",
  "DeleteCommand",
  "TransactWriteCommand",
  "BatchGetCommand",
  "BatchWriteCommand",
  "DynamoDBDocumentClientCommand",
]);
/** Commands the SDK carries for features Entraide does not use. */
const sdkInternal: Record<string, string> = {
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
    GetObjectCommand: "the export store's download side (presigned links), used by the API",
  },
  imports: {
    DeleteItemCommand: "the registries' deletes, reachable through their repositories; an import only creates",
    ScanCommand: "kept by the SDK's paginators whether used or not; an import only queries",
    PutObjectCommand: "the S3 helpers' write side (exports, upload links); the import job reads and deletes its file",
  },
  reindex: {
    DeleteItemCommand: "the registries' deletes, reachable through their definitions; the reindex only rewrites keys",
    QueryCommand: "the registries' lists, likewise; the reindex scans",
    TransactWriteItemsCommand: "the registries' writes, likewise; the reindex updates one item at a time",
  },
  api: {
    PutObjectCommand: "the export store's write side: only the job writes exports",
    ScanCommand:
      "kept by the SDK's paginators whether used or not (the bare Hono + DynamoDB bundle has it too); the API only queries",
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

type LambdaAnswer = { statusCode: number; body: string; headers: Record<string, string> };

/** Imports the bundle in a fresh Node process, as Lambda does, and hands it one event: its answer, or `{ error }` with the message it threw. */
async function invoke(file: string, event: unknown): Promise<LambdaAnswer | { error: string }> {
  const script = [
    `const { handler } = await import(${JSON.stringify(file)});`,
    `const answer = await handler(JSON.parse(process.env.EVENT), {}).catch((error) => ({ error: error.message }));`,
    `console.log(JSON.stringify(answer));`,
  ].join(" ");
  const env = {
    ...process.env,
    EVENT: JSON.stringify(event),
    TABLE_NAME: "bundle-test",
    SST_Secret_value_ENTRAIDE_PII_KEY: "a-pii-key-of-at-least-32-characters!",
    COGNITO_ISSUER: "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Example",
    COGNITO_CLIENT_ID: "console-client",
    EXPORTS_BUCKET: "bundle-test-exports",
    AWS_REGION: "eu-west-3",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { env });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "");
}
