import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type Api, buildRegion, fillPath, operationsOf, type Records, securityApi } from "./world.js";

/**
 * Numbers at the edges of what JSON carries and DynamoDB stores (tiny, huge,
 * negative zero, many decimals, beyond 2^53, beyond a double) in every numeric
 * field of every write body: a clear 400 or a success, never a 5xx.
 */
let api: Api;
let records: Records;
type Schema = { type?: string | string[]; properties?: Record<string, Schema>; $ref?: string; anyOf?: Schema[] };
let doc: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, Schema> };
};

beforeAll(async () => {
  api = await securityApi();
  records = await buildRegion(api, "own");
  doc = (await api.call("GET", "/api/openapi.json")).body;
});

// As JSON text: some (1e400, -0) only exist there.
const edgeNumber = fc.oneof(
  fc.constantFrom(
    "5e-324",
    "1e-130",
    "1e-7",
    "0.000001",
    "-0",
    "0",
    "-0.0",
    "1e300",
    "1e400",
    "-1e400",
    "9007199254740993",
    "1e12",
    "1000000000000.01",
    "999999999999.99",
    "1.005",
    "0.1",
    "123.456789",
    "2.5e2",
    "-1",
    "-0.01",
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.integer().map(String),
);

const resolve = (schema: Schema | undefined): Schema | undefined =>
  schema?.$ref ? doc.components.schemas[schema.$ref.slice(schema.$ref.lastIndexOf("/") + 1)] : schema;
const isNumeric = (schema: Schema | undefined) => {
  const types = [schema?.type, ...(schema?.anyOf ?? []).map((s) => s.type)].flat();
  return types.includes("number") || types.includes("integer");
};

/** The numeric fields a write's body declares. */
function numericFields(operation: Record<string, unknown>): string[] {
  const body = operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined;
  const schema = resolve(body?.content?.["application/json"]?.schema);
  return Object.entries(schema?.properties ?? {})
    .filter(([, s]) => isNumeric(resolve(s)))
    .map(([name]) => name);
}

/** A body the route would accept: the stored record of the kind without what the server sets. */
function validBody(path: string, method: string): Record<string, unknown> {
  if (method === "PATCH") return {};
  const kind = path.slice(path.lastIndexOf("/") + 1);
  const record = (records[kind === "{id}" ? "" : kind] ?? {}) as Record<string, unknown>;
  const server = [
    "id",
    "version",
    "createdAt",
    "updatedAt",
    "participantCount",
    "hostsActive",
    "exhibitionId",
    "spaceId",
    "cellId",
    "regionCode",
    "provinceCode",
    "to",
  ];
  const keep =
    kind === "hosts" || kind === "participants" || kind === "alerts"
      ? server
      : ["id", "version", "createdAt", "updatedAt", "participantCount", "hostsActive"];
  return Object.fromEntries(Object.entries(record).filter(([name]) => !keep.includes(name)));
}

describe("numbers at the edges", () => {
  it("never answer 5xx on any numeric field of any write", async () => {
    const writes = operationsOf(doc)
      .filter((op) => ["POST", "PATCH"].includes(op.method))
      .map((op) => ({ ...op, fields: numericFields(op.operation) }));
    const withNumbers = writes.filter((op) => op.fields.length > 0);
    expect(withNumbers.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining([
        "POST /api/v1/grants",
        "PATCH /api/v1/program-supports/{id}",
        "POST /api/v1/exhibitions/{id}/participants",
      ]),
    );
    let sent = 0;
    for (const op of withNumbers) {
      const { path } = fillPath(op.path, records, { year: "2015" });
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...op.fields), edgeNumber, async (field, number) => {
          const current = op.method === "PATCH" ? await api.call("GET", path) : undefined;
          const fields = Object.entries(validBody(op.path, op.method)).filter(([name]) => name !== field);
          const text = `{${[...fields.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), `${JSON.stringify(field)}:${number}`].join(",")}}`;
          const answer = await api.app.request(path, {
            method: op.method,
            headers: {
              ...(await api.as("admin")),
              "content-type": "application/json",
              "if-match": String(current?.body?.version ?? 1),
            },
            body: text,
          });
          sent += 1;
          expect(answer.status, `${op.method} ${path} ${text}`).toBeLessThan(500);
          if (answer.status === 400) {
            const { error } = (await answer.json()) as { error: { issues: { path: string }[] } };
            expect(error.issues.length, text).toBeGreaterThan(0);
          }
        }),
        {
          numRuns: 40,
          examples: op.fields.flatMap((f) =>
            ["5e-324", "1e300", "-0", "1.005", "1e400"].map((n) => [f, n] as [string, string]),
          ),
        },
      );
    }
    expect(sent).toBeGreaterThan(300);
  }, 300_000);

  it("keeps money to centimes, at most 10^12 MAD, and says so in the document", async () => {
    const grant = (amountMad: unknown) =>
      api.call("PATCH", `/api/v1/grants/${records.grants.id}`, { amountMad }, { "if-match": "999" });
    for (const refused of [5e-324, 1e300, 1.005, 1e12 + 1, -0.01, 0])
      expect((await grant(refused)).status, String(refused)).toBe(400);
    const schema = doc.components.schemas.Grant as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.amountMad).toMatchObject({ maximum: 1e12, multipleOf: 0.01 });
    const support = await api.call("POST", "/api/v1/program-supports", {
      centerId: records.centers.id,
      year: 2023,
      amountMad: 999999999999.99,
    });
    expect(support.status, JSON.stringify(support.body)).toBe(201);
    expect(support.body.amountMad).toBe(999999999999.99);
  });
});
