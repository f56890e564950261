import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import type { Db } from "@entraide/core/db";
import type { BilanRun } from "@entraide/core/indicators/runs";
import type { APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2, AttributeValue } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readConfig } from "../../packages/functions/src/config.js";
import { staff, startTestIssuer } from "../support/auth.js";
import { testDb } from "../support/db.js";
import { aCenter } from "../support/fixtures.js";
import {
  dynamoDbStreamInsert,
  type HttpRequest,
  httpApiEvent,
  lambdaContext,
  passesFilter,
  scheduledEvent,
} from "../support/lambda-events.js";
import { must } from "../support/must.js";

/**
 * The Lambda entry points (packages/functions/src/lambda/*.ts), called with the
 * events AWS delivers, on the embedded engine. Their settings come from the
 * environment, as in AWS; a stand-in Cognito issuer signs the staff token and a
 * stand-in S3 takes whatever the job writes, so nothing leaves the machine.
 * The table's stream is played by hand: its records are built from the items as stored.
 */
type ApiHandler = (event: unknown, context: unknown) => Promise<APIGatewayProxyResultV2>;
type JobHandler = (event: unknown, context: unknown) => Promise<unknown>;

let apiHandler: ApiHandler;
let jobHandler: JobHandler;
let schedules: typeof import("../../packages/functions/src/jobs/schedule.js").indicatorSchedules;
// Loaded after the API, as in its bundle: their zod schemas must be made once @hono/zod-openapi has extended zod.
let queuedRunInserts: typeof import("../../packages/functions/src/jobs/run-stream.js").queuedRunInserts;
let createRun: typeof import("@entraide/core/indicators/runs").createRun;
let getLatestSnapshot: typeof import("@entraide/core/indicators/snapshots").getLatestSnapshot;
let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
let s3: { server: Server; puts: Array<{ path: string; bodyMatchesSignedHash: boolean }> };
let db: Db;
let authorization: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  db = await testDb();
  issuer = await startTestIssuer();
  s3 = await startTestS3();
  const { port } = s3.server.address() as { port: number };
  Object.assign(process.env, {
    TABLE_NAME: db.tableName,
    DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"),
    ENTRAIDE_PII_KEY: db.piiKey,
    COGNITO_ISSUER: issuer.issuer,
    COGNITO_CLIENT_ID: issuer.audience,
    EXPORTS_BUCKET: "entraide-test-exports",
    AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: "eu-west-3",
  });
  authorization = `Bearer ${await issuer.mint(staff.admin)}`;
  // Imported after the environment is set: each reads its settings once, at cold start.
  apiHandler = (await import("../../packages/functions/src/lambda/api.js")).handler as ApiHandler;
  jobHandler = (await import("../../packages/functions/src/lambda/indicators.js")).handler as JobHandler;
  // The schedules the Jobs stack deploys (its test checks each target's input is this event).
  schedules = (await import("../../packages/functions/src/jobs/schedule.js")).indicatorSchedules;
  ({ queuedRunInserts } = await import("../../packages/functions/src/jobs/run-stream.js"));
  ({ createRun } = await import("@entraide/core/indicators/runs"));
  ({ getLatestSnapshot } = await import("@entraide/core/indicators/snapshots"));
});

afterAll(async () => {
  // Test files may share a process: leave its environment as found.
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
  Object.assign(process.env, savedEnv);
  await issuer.close();
  await new Promise<void>((done) => s3.server.close(() => done()));
});

async function call(request: HttpRequest) {
  const result = (await apiHandler(
    httpApiEvent({ ...request, headers: { authorization, ...request.headers } }),
    lambdaContext,
  )) as APIGatewayProxyStructuredResultV2;
  const body = result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64").toString() : (result.body ?? "");
  return { ...result, json: body ? JSON.parse(body) : undefined };
}

const json = { "content-type": "application/json" };

describe("API entry point (API Gateway HTTP API, payload 2.0)", () => {
  it("creates from a JSON body", async () => {
    const answer = await call({
      method: "POST",
      path: "/api/v1/centers",
      headers: json,
      body: JSON.stringify(aCenter()),
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.headers?.["content-type"]).toMatch(/^application\/json/);
    expect(answer.headers?.location).toBe(`/api/v1/centers/${answer.json.id}`);
    expect(answer.json).toMatchObject({ ...aCenter(), version: 1 });
  });

  it("creates from a base64 body (API Gateway encodes bodies it does not take for text)", async () => {
    const body = JSON.stringify(aCenter({ name: "Centre social Ain Chock", capacity: 25 }));
    const answer = await call({ method: "POST", path: "/api/v1/centers", headers: json, body, base64: true });
    expect(answer.statusCode).toBe(201);
    expect(answer.json).toMatchObject({ name: "Centre social Ain Chock", capacity: 25 });
  });

  it("lists with a query string, a page at a time", async () => {
    const first = await call({ method: "GET", path: "/api/v1/centers", query: "limit=1&regionCode=MA-06" });
    expect(first.statusCode).toBe(200);
    expect(first.json.items).toHaveLength(1);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const next = await call({
      method: "GET",
      path: "/api/v1/centers",
      query: `limit=1&regionCode=MA-06&cursor=${encodeURIComponent(first.json.nextCursor)}`,
    });
    expect(next.json.items).toHaveLength(1);
    expect(next.json.items[0].id).not.toBe(first.json.items[0].id);
  });

  it("answers a refusal with status 400 and the API's error shape, naming the field", async () => {
    const answer = await call({
      method: "POST",
      path: "/api/v1/centers",
      headers: json,
      body: JSON.stringify(aCenter({ capacity: -3 })),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers?.["content-type"]).toMatch(/^application\/json/);
    expect(answer.isBase64Encoded).toBe(false);
    expect(answer.json.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
    expect(answer.json.error.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "capacity", message: expect.any(String) })]),
    );
  });

  it("sees repeated query keys as repeated (rawQueryString), and refuses two values for one filter", async () => {
    const answer = await call({ method: "GET", path: "/api/v1/centers", query: "status=active&status=suspended" });
    expect(answer.statusCode).toBe(400);
    expect(answer.json.error.issues.map((i: { path: string }) => i.path)).toContain("status");
  });

  it("refuses a request without a token, saying how to sign in", async () => {
    const answer = (await apiHandler(
      httpApiEvent({ method: "GET", path: "/api/v1/centers" }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    expect(answer.statusCode).toBe(401);
    expect(JSON.parse(must(answer.body, "a body")).error.code).toBe("unauthorized");
  });
});

describe("bilan job entry point (EventBridge Scheduler)", () => {
  it("takes each schedule's constant input as its event (what the run then computes is the job's own tests' business)", async () => {
    for (const schedule of schedules) {
      const outcome = await jobHandler(schedule.event, lambdaContext).then(
        () => undefined,
        (error: Error) => error,
      );
      expect(outcome?.message ?? "", schedule.name).not.toMatch(/Invalid indicators event/);
    }
  });

  it("refuses the bare scheduled event: a schedule must name its mode", async () => {
    const event = scheduledEvent();
    expect(event).toMatchObject({ "detail-type": "Scheduled Event", source: "aws.events", detail: {} });
    await expect(jobHandler(event, lambdaContext)).rejects.toThrow(/mode/);
  });
});

describe("bilan job entry point (the table's stream: runs asked over HTTP)", () => {
  /** The item as DynamoDB holds it, typed attribute values and all: what a stream record's NewImage carries. */
  const storedItem = async (pk: string, sk: string) =>
    (
      await db.doc.send(
        new GetItemCommand({ TableName: db.tableName, Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true }),
      )
    ).Item as Record<string, AttributeValue>;
  const runItem = (run: Pick<BilanRun, "year" | "runId">) => storedItem(`BILAN#${run.year}`, `RUN#${run.runId}`);

  it("executes the run the API recorded when its INSERT arrives, and its exports are written, listed and signed", async () => {
    const asked = await call({ method: "POST", path: "/api/v1/indicators/2015/runs" });
    expect(asked.statusCode).toBe(202);
    // In AWS the API only records the run: nothing runs until the stream delivers it.
    expect((await call({ method: "GET", path: asked.json.statusUrl })).json.status).toBe("queued");

    const image = await runItem({ year: 2015, runId: asked.json.runId });
    const event = dynamoDbStreamInsert(db.tableName, image);
    expect(passesFilter(queuedRunInserts, must(event.Records[0], "a stream record") as never)).toBe(true);
    const done = (await jobHandler(event, lambdaContext)) as BilanRun[];
    expect(done).toEqual([
      expect.objectContaining({
        runId: asked.json.runId,
        status: "succeeded",
        snapshotId: expect.stringMatching(/^2015-run-/),
      }),
    ]);

    const followed = await call({ method: "GET", path: asked.json.statusUrl });
    expect(followed.json).toMatchObject({ status: "succeeded", snapshotId: must(done[0], "a run done").snapshotId });
    const snapshot = must(await getLatestSnapshot(db, 2015), "the 2015 snapshot");
    expect(snapshot.id).toBe(must(done[0], "a run done").snapshotId);
    expect((await call({ method: "GET", path: "/api/v1/indicators/2015" })).json).toMatchObject({
      computedAt: snapshot.computedAt,
      exports: snapshot.exports,
    });

    // Each file went to the bucket with the SHA-256 it was signed with; the table lists them, with signed links.
    const written = s3.puts.filter((put) =>
      snapshot.exports.some((id) => put.path === `/entraide-test-exports/exports/${id}`),
    );
    expect(written.map((put) => put.bodyMatchesSignedHash)).toEqual([true, true, true]);
    const listed = await call({ method: "GET", path: "/api/v1/exports", query: "year=2015" });
    expect(listed.json.items.map((e: { id: string }) => e.id).sort()).toEqual([...snapshot.exports].sort());
    for (const entry of listed.json.items)
      expect(new URL(entry.url).searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lets through the trigger's filter only the INSERTs of runs staff asked for", async () => {
    const scheduled = await createRun(db, 2014, "nightly", "nightly-2014-12-31");
    expect(
      passesFilter(
        queuedRunInserts,
        must(dynamoDbStreamInsert(db.tableName, await runItem(scheduled)).Records[0], "a stream record") as never,
      ),
    ).toBe(false);
    const asked = await createRun(db, 2014, "manual");
    const record = must(dynamoDbStreamInsert(db.tableName, await runItem(asked)).Records[0], "a stream record");
    expect(passesFilter(queuedRunInserts, record as never)).toBe(true);
    expect(passesFilter(queuedRunInserts, { ...record, eventName: "MODIFY" } as never)).toBe(false);
  });

  it("refuses a stream record that is not a new run, naming what is wrong", async () => {
    const center = await call({
      method: "POST",
      path: "/api/v1/centers",
      headers: json,
      body: JSON.stringify(aCenter({ name: "Centre Al Amal" })),
    });
    const centerItem = await storedItem(`CENTER#${center.json.id}`, "CENTER");
    await expect(jobHandler(dynamoDbStreamInsert(db.tableName, centerItem), lambdaContext)).rejects.toThrow(
      /Invalid indicators event: Records\.0\.dynamodb\.NewImage is not a run/,
    );
    const modify = dynamoDbStreamInsert(db.tableName, centerItem);
    must(modify.Records[0], "a stream record").eventName = "MODIFY";
    await expect(jobHandler(modify, lambdaContext)).rejects.toThrow(
      /Invalid indicators event: Records\.0\.eventName: Expected an INSERT/,
    );
  });
});

describe("configuration", () => {
  it("fails at cold start naming a missing setting", () => {
    expect(() => readConfig({})).toThrow(/TABLE_NAME is required/);
    expect(() => readConfig({ TABLE_NAME: "t" })).toThrow(/ENTRAIDE_PII_KEY is required/);
  });

  it("takes the PII key from SST's secret, and reads SST's placeholder as missing", () => {
    const key = "k".repeat(40);
    expect(readConfig({ TABLE_NAME: "t", SST_Secret_value_ENTRAIDE_PII_KEY: key }).ENTRAIDE_PII_KEY).toBe(key);
    expect(() => readConfig({ TABLE_NAME: "t", SST_Secret_value_ENTRAIDE_PII_KEY: "__FETCH_FROM_SSM__" })).toThrow(
      /sst secrets set ENTRAIDE_PII_KEY/,
    );
  });
});

/** Enough of S3 for the job's writes: every PUT is taken and remembered, with whether its body is the one signed. */
async function startTestS3(): Promise<{
  server: Server;
  puts: Array<{ path: string; bodyMatchesSignedHash: boolean }>;
}> {
  const puts: Array<{ path: string; bodyMatchesSignedHash: boolean }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const sha256 = createHash("sha256").update(Buffer.concat(chunks)).digest("hex");
      if (req.method === "PUT")
        puts.push({
          path: must(req.url?.split("?")[0], "the request's path"),
          bodyMatchesSignedHash:
            req.headers["x-amz-content-sha256"] === sha256 &&
            /Signature=[0-9a-f]{64}$/.test(String(req.headers.authorization)),
        });
      res.writeHead(200, { etag: '"0"' });
      res.end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  return { server, puts };
}
