import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { untranslated } from "../../packages/functions/src/api/language.js";
import { must } from "../support/must.js";
import { arbitraryOf, type Schema } from "../support/schema-arbitrary.js";
import { type Api, buildRegion, fillPath, operationsOf, type Records, securityApi } from "./security/world.js";

/**
 * The published document is the contract: every operation it lists is called
 * with input generated from its own schemas (valid, and broken on purpose), by
 * every kind of caller. Every answer must be below 500, of a status the
 * operation declares, with a body its declared schema accepts. Methods a path
 * does not list answer 405 with Allow.
 */
type Operation = ReturnType<typeof operationsOf>[number] & {
  operation: {
    parameters?: Parameter[];
    requestBody?: { content: Record<string, { schema: Schema }> };
    responses: Record<string, Response>;
  };
};
type Parameter = { name: string; in: string; required?: boolean; schema: Schema };
type Response = { content?: Record<string, { schema: Schema }>; headers?: Record<string, unknown> };
type Doc = Parameters<typeof operationsOf>[0] & { components: { schemas: Record<string, Schema> } };

let api: Api;
let doc: Doc;
let records: Records;
let callers: Array<Record<string, string>>;
const ajv = new Ajv2020({ strict: false, allErrors: true, multipleOfPrecision: 3 });
addFormats.default(ajv);
const stats = { requests: 0, byStatus: new Map<number, number>() };

beforeAll(async () => {
  api = await securityApi();
  records = await buildRegion(api, "own");
  doc = (await api.call("GET", "/api/openapi.json")).body;
  ajv.addSchema(doc, "openapi");
  const key = await api.call("POST", "/api/v1/api-keys", {
    name: "Contrat",
    scopes: ["centers:read", "beneficiaries:write", "grants:read"],
  });
  records["api-keys"] = key.body;
  callers = [
    await api.as("admin"),
    await api.as("admin"),
    await api.as("regional"),
    await api.as("finance"),
    { "x-api-key": key.body.key },
    { authorization: "" },
    { authorization: "Bearer nope" },
  ];
});

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
const schemas = () => doc.components.schemas;

/** A request of the operation: generated from its schemas, then, half of the time, broken in one way. */
function requestOf(op: Operation) {
  const params = op.operation.parameters ?? [];
  const query = params.filter((p) => p.in === "query");
  const body = op.operation.requestBody?.content["application/json"]?.schema;
  const valid = fc.record({
    query: fc.record(Object.fromEntries(query.map((p) => [p.name, arbitraryOf(p.schema, schemas())])), {
      requiredKeys: query.filter((p) => p.required).map((p) => p.name),
    }),
    body: body ? fc.oneof(arbitraryOf(body, schemas()), fc.constant(baseBody(op))) : fc.constant(undefined),
    ifMatch: fc.oneof(fc.constant("current"), fc.constantFrom("1", '"2"', "999")),
    caller: fc.nat({ max: callers.length - 1 }),
    language: fc.constantFrom("ar", "fr", "en", "fr-MA,fr;q=0.9,en;q=0.5", "de"),
    breakage: fc.constant("none"),
  });
  const breakage = fc.constantFrom(
    "unknown field",
    "wrong type",
    "missing field",
    "path",
    "query",
    "no if-match",
    "garbled if-match",
    "content type",
    "not json",
    "empty",
  );
  return fc.oneof(
    valid,
    fc.tuple(valid, breakage).map(([request, broken]) => ({ ...request, breakage: broken })),
  );
}

/** The stored record of the operation's kind, without what the server sets: a body that can succeed. */
function baseBody(op: Operation): unknown {
  if (op.method !== "POST") return {};
  const kind = op.path.slice(op.path.lastIndexOf("/") + 1);
  const record = records[kind] as Record<string, unknown> | undefined;
  const set = [
    "id",
    "version",
    "createdAt",
    "updatedAt",
    "participantCount",
    "hostsActive",
    "exhibitionId",
    "spaceId",
    "cellId",
    "to",
    "createdBy",
    "key",
    "lastUsedAt",
  ];
  return record
    ? Object.fromEntries(
        Object.entries(record).filter(
          ([name]) => !set.includes(name) && !(kind === "hosts" && ["regionCode", "provinceCode"].includes(name)),
        ),
      )
    : {};
}

function broken(kind: string, body: unknown): unknown {
  const object =
    typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const [first] = Object.keys(object);
  if (kind === "unknown field") return { ...object, colour: "red" };
  if (kind === "wrong type" && first) return { ...object, [first]: { nested: [1, 2] } };
  if (kind === "missing field" && first) return Object.fromEntries(Object.entries(object).slice(1));
  return body;
}

async function send(
  op: Operation,
  request: {
    query: Record<string, unknown>;
    body: unknown;
    ifMatch: string;
    caller: number;
    language: string;
    breakage: string;
  },
) {
  const { breakage } = request;
  let { path } = fillPath(op.path, records, { year: "2015" });
  if (breakage === "path") path = path.replace(/\/[0-9A-Z]{26}(\/|$)/, "/not-an-id$1");
  const search = new URLSearchParams(
    Object.entries(request.query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  if (breakage === "query") search.set("unheardOf", "1");
  const headers: Record<string, string> = { ...callers[request.caller], "accept-language": request.language };
  if (headers.authorization === "") delete headers.authorization;
  const takesIfMatch = op.operation.parameters?.some((p) => p.name === "if-match");
  if (takesIfMatch && breakage !== "no if-match") {
    const current =
      request.ifMatch === "current" ? String((await api.call("GET", path)).body?.version ?? 1) : request.ifMatch;
    headers["if-match"] = breakage === "garbled if-match" ? "v-one" : current;
  }
  let text: string | undefined;
  if (op.operation.requestBody) {
    headers["content-type"] = breakage === "content type" ? "text/plain" : "application/json";
    text =
      breakage === "not json"
        ? "{ not json"
        : breakage === "empty"
          ? undefined
          : JSON.stringify(broken(breakage, request.body));
  }
  const answer = await api.app.request(`${path}${search.size ? `?${search}` : ""}`, {
    method: op.method,
    headers,
    body: text,
  });
  stats.requests += 1;
  stats.byStatus.set(answer.status, (stats.byStatus.get(answer.status) ?? 0) + 1);
  return {
    answer,
    sent: `${op.method} ${path}${search.size ? `?${search}` : ""} [${breakage}] ${text?.slice(0, 300) ?? ""}`,
  };
}

async function check(op: Operation, answer: Response & globalThis.Response, sent: string) {
  const status = String(answer.status);
  expect(answer.status, sent).toBeLessThan(500);
  expect(Object.keys(op.operation.responses), `${sent} → ${status} is not declared`).toContain(status);
  const type = must((answer.headers.get("content-type") ?? "").split(";")[0], "a media type");
  const declared = op.operation.responses[status]?.content?.[type];
  if (type === "application/json") {
    expect(declared, `${sent} → ${status}: JSON body not declared`).toBeDefined();
    const validate = must(
      ajv.getSchema(
        `openapi#/${pointer("paths", op.path, op.method.toLowerCase(), "responses", status, "content", type, "schema")}`,
      ),
      `the schema of ${op.method} ${op.path} ${status}`,
    );
    const body = await answer.json();
    expect(
      validate(body),
      `${sent} → ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))} ${JSON.stringify(body).slice(0, 300)}`,
    ).toBe(true);
  }
  for (const name of Object.keys(op.operation.responses[status]?.headers ?? {})) {
    if (["WWW-Authenticate", "Retry-After", "Location", "ETag"].includes(name))
      expect(answer.headers.get(name), `${sent} → ${status} without ${name}`).toBeTruthy();
  }
}

describe("the OpenAPI document, as a contract", () => {
  it("declares every status, body and header each operation answers with, under generated valid and broken input", async () => {
    const started = performance.now();
    // Deletes last, so the other operations find their records.
    const operations = (operationsOf(doc) as Operation[]).sort(
      (a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"),
    );
    expect(operations.length).toBeGreaterThan(80);
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(requestOf(op), async (request) => {
          const { answer, sent } = await send(op, request);
          await check(op, answer as never, sent);
        }),
        { numRuns: 40 },
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `contract: ${operations.length} operations, ${stats.requests} requests in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries([...stats.byStatus].sort()))}`,
    );
    for (const status of [200, 201, 204, 400, 401, 403, 404, 412, 415, 428])
      expect(stats.byStatus.get(status), `no ${status} answered`).toBeGreaterThan(0);
    expect([...untranslated], "messages the glossary lacks (packages/core/src/glossary/errors.ts)").toEqual([]);
  }, 600_000);

  it("answers 405 with Allow to the methods a path does not list", async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const { path: real } = fillPath(path, records, { year: "2015" });
      const listed = Object.keys(item).map((m) => m.toUpperCase());
      for (const method of ["PUT", "OPTIONS", "PATCH", "POST", "DELETE"].filter((m) => !listed.includes(m))) {
        const answer = await api.app.request(real, { method, headers: callers[0] });
        expect(answer.status, `${method} ${real}`).toBe(405);
        expect(answer.headers.get("allow")?.split(", "), `${method} ${real}`).toEqual(expect.arrayContaining(listed));
        expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
      }
    }
  });

  it("gives every operation a unique operationId, a tag, an example and the one error shape", () => {
    const operations = operationsOf(doc) as Operation[];
    const ids = operations.map((op) => op.operation.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "listCenters",
        "createBeneficiary",
        "getCenter",
        "updateGrant",
        "deleteEnrollment",
        "listExhibitionParticipants",
      ]),
    );
    for (const op of operations) {
      expect((op.operation.tags as string[] | undefined)?.length, op.path).toBeGreaterThan(0);
      const contents = [op.operation.requestBody, ...Object.values(op.operation.responses)].flatMap((r) =>
        Object.values((r as Response | undefined)?.content ?? {}),
      );
      expect(
        contents.some((c) => (c as { example?: unknown }).example !== undefined),
        `${op.method} ${op.path} has no example`,
      ).toBe(true);
      for (const [status, response] of Object.entries(op.operation.responses)) {
        if (Number(status) >= 400)
          expect(response.content?.["application/json"]?.schema, `${op.method} ${op.path} ${status}`).toEqual({
            $ref: "#/components/schemas/Error",
          });
      }
    }
    const patch = must(doc.paths["/api/v1/centers/{id}"], "the centers' item path")
      .patch as unknown as Operation["operation"];
    expect(patch.parameters?.find((p) => p.name === "if-match")).toMatchObject({
      required: true,
      schema: { pattern: expect.any(String) },
    });
    const grantPatch = must(
      (must(doc.paths["/api/v1/grants/{id}"], "the grants' item path").patch as unknown as Operation["operation"])
        .requestBody?.content["application/json"],
      "a JSON body to patch a grant",
    ).schema;
    expect(Object.keys(grantPatch.properties ?? {})).not.toContain("beneficiaryId");
    expect(doc.components.schemas.Center?.properties?.provinceCode?.enum).toHaveLength(75);
  });
});
