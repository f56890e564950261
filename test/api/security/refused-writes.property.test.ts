import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { must } from "../../support/must.js";
import { type Api, buildRegion, fillPath, operationsOf, type Records, securityApi } from "./world.js";

/**
 * Random and malformed bodies, queries and headers thrown at every write
 * route of the document: never a 5xx, and a refused request leaves the table
 * exactly as it was (no half-written record, no stray audit or retry item).
 */
let api: Api;
let records: Records;
let writes: ReturnType<typeof operationsOf>;
let callers: Record<string, string>[];

beforeAll(async () => {
  api = await securityApi();
  records = await buildRegion(api, "own");
  const made = await api.call("POST", "/api/v1/api-keys", { name: "Propriétés", scopes: ["centers:read"] });
  records["api-keys"] = made.body;
  writes = operationsOf((await api.call("GET", "/api/openapi.json")).body).filter((op) =>
    ["POST", "PATCH", "DELETE"].includes(op.method),
  );
  callers = [
    await api.as("admin"),
    await api.as("regional"),
    { authorization: "Bearer garbage" },
    { "x-api-key": made.body.key },
  ];
});

const itemCount = async () =>
  (await api.db.doc.send(new ScanCommand({ TableName: api.db.tableName, Select: "COUNT", ConsistentRead: true })))
    .Count ?? 0;

const text = (maxLength = 40) => fc.string({ unit: "grapheme-ascii", maxLength });
const anyBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.dictionary(text(20), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }).map((v) => JSON.stringify(v)),
  text(200), // not JSON at all
  fc.constant(undefined),
);
const anyHeaders = fc.record(
  {
    "if-match": fc.oneof(text(12), fc.nat({ max: 5 }).map(String)),
    "idempotency-key": text(30),
    "content-type": fc.constantFrom(
      "application/json",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ),
    "x-request-id": text(40),
  },
  { requiredKeys: [] },
);
const anyQuery = fc.dictionary(text(12), text(20), { maxKeys: 4 });
const anyPathValue = fc.oneof(fc.constant(undefined), text(30));

describe("writes under random input", () => {
  it("never answer 5xx, and leave the table unchanged when they refuse", async () => {
    expect(writes.length).toBeGreaterThan(25);
    for (const op of writes) {
      const params = [...op.path.matchAll(/{(\w+)}/g)].map((m) => must(m[1], "a parameter's name"));
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...params.map(() => anyPathValue)),
          anyBody,
          anyQuery,
          anyHeaders,
          fc.nat({ max: callers.length - 1 }),
          async (values, body, query, headers, who) => {
            const garbled = Object.fromEntries(
              params.flatMap((name, i) => {
                const value = values[i];
                return value === undefined ? [] : [[name, encodeURIComponent(value)]];
              }),
            );
            const { path } = fillPath(op.path, records, { year: "2015", ...garbled });
            const search = new URLSearchParams(query).toString();
            const before = await itemCount();
            const answer = await api.app.request(`${path}${search ? `?${search}` : ""}`, {
              method: op.method,
              headers: { ...headers, ...callers[who] },
              body,
            });
            expect(answer.status, `${op.method} ${path}`).toBeLessThan(500);
            if (answer.status >= 400) {
              const error = (await answer.json()) as { error?: { code?: string } };
              expect(error.error?.code, "the one error shape").toBeTypeOf("string");
              expect(await itemCount(), `${op.method} ${path} → ${answer.status} changed the table`).toBe(before);
            }
          },
        ),
        { numRuns: 30 },
      );
    }
  }, 300_000);
});
