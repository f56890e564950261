import type { APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { readConfig } from "../../packages/functions/src/config.js";
import { staff, startTestIssuer } from "../support/auth.js";
import { testDb } from "../support/db.js";
import { aCenter } from "../support/fixtures.js";
import { httpApiEvent, lambdaContext, scheduledEvent, type HttpRequest } from "../support/lambda-events.js";

/**
 * The Lambda entry points (packages/functions/src/lambda/*.ts), called with the
 * events AWS delivers, on the embedded engine. Their settings come from the
 * environment, as in AWS; a stand-in Cognito issuer signs the staff token and a
 * stand-in S3 takes whatever the job writes, so nothing leaves the machine.
 */
type ApiHandler = (event: unknown, context: unknown) => Promise<APIGatewayProxyResultV2>;
type JobHandler = (event: unknown, context: unknown) => Promise<unknown>;

let apiHandler: ApiHandler;
let jobHandler: JobHandler;
let schedules: typeof import("../../packages/functions/src/jobs/schedule.js").indicatorSchedules;
let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
let s3: { server: Server; puts: string[] };
let authorization: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  const db = await testDb();
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
    INDICATORS_FUNCTION_NAME: "test-entraide-Indicators",
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
});

afterAll(async () => {
  // Test files may share a process: leave its environment as found.
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
  Object.assign(process.env, savedEnv);
  await issuer.close();
  await new Promise<void>((done) => s3.server.close(() => done()));
});

async function call(request: HttpRequest) {
  const result = (await apiHandler(httpApiEvent({ ...request, headers: { authorization, ...request.headers } }), lambdaContext)) as APIGatewayProxyStructuredResultV2;
  const body = result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64").toString() : (result.body ?? "");
  return { ...result, json: body ? JSON.parse(body) : undefined };
}

const json = { "content-type": "application/json" };

describe("API entry point (API Gateway HTTP API, payload 2.0)", () => {
  it("creates from a JSON body", async () => {
    const answer = await call({ method: "POST", path: "/api/v1/centers", headers: json, body: JSON.stringify(aCenter()) });
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
    const next = await call({ method: "GET", path: "/api/v1/centers", query: `limit=1&regionCode=MA-06&cursor=${encodeURIComponent(first.json.nextCursor)}` });
    expect(next.json.items).toHaveLength(1);
    expect(next.json.items[0].id).not.toBe(first.json.items[0].id);
  });

  it("answers a refusal with status 400 and the API's error shape, naming the field", async () => {
    const answer = await call({ method: "POST", path: "/api/v1/centers", headers: json, body: JSON.stringify(aCenter({ capacity: -3 })) });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers?.["content-type"]).toMatch(/^application\/json/);
    expect(answer.isBase64Encoded).toBe(false);
    expect(answer.json.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
    expect(answer.json.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: "capacity", message: expect.any(String) })]));
  });

  it("sees repeated query keys as repeated (rawQueryString), and refuses two values for one filter", async () => {
    const answer = await call({ method: "GET", path: "/api/v1/centers", query: "status=active&status=suspended" });
    expect(answer.statusCode).toBe(400);
    expect(answer.json.error.issues.map((i: { path: string }) => i.path)).toContain("status");
  });

  it("refuses a request without a token, saying how to sign in", async () => {
    const answer = (await apiHandler(httpApiEvent({ method: "GET", path: "/api/v1/centers" }), lambdaContext)) as APIGatewayProxyStructuredResultV2;
    expect(answer.statusCode).toBe(401);
    expect(JSON.parse(answer.body!).error.code).toBe("unauthorized");
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

describe("configuration", () => {
  it("fails at cold start naming a missing setting", () => {
    expect(() => readConfig({})).toThrow(/TABLE_NAME is required/);
    expect(() => readConfig({ TABLE_NAME: "t" })).toThrow(/ENTRAIDE_PII_KEY is required/);
  });

  it("takes the PII key from SST's secret, and reads SST's placeholder as missing", () => {
    const key = "k".repeat(40);
    expect(readConfig({ TABLE_NAME: "t", SST_Secret_value_ENTRAIDE_PII_KEY: key }).ENTRAIDE_PII_KEY).toBe(key);
    expect(() => readConfig({ TABLE_NAME: "t", SST_Secret_value_ENTRAIDE_PII_KEY: "__FETCH_FROM_SSM__" })).toThrow(/sst secrets set ENTRAIDE_PII_KEY/);
  });
});

/** Enough of S3 for the job's writes: every PUT is taken and remembered. */
async function startTestS3(): Promise<{ server: Server; puts: string[] }> {
  const puts: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.method === "PUT") puts.push(req.url!.split("?")[0]!);
      res.writeHead(200, { etag: '"0"' });
      res.end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  return { server, puts };
}
