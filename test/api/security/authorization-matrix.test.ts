import { beforeAll, describe, expect, it } from "vitest";
import { must } from "../../support/must.js";
import { type Api, buildRegion, fillPath, operationsOf, type Records, securityApi } from "./world.js";

/**
 * Every operation of the published OpenAPI document, called by every kind of
 * caller. The expectations restate docs/security.md independently of the code:
 * a route added without a permission, or with one the roles don't foresee,
 * fails here.
 */
const adminOnly = ["api-keys", "audit-events"];
/** Kinds not tied to a region: reference data and the bilan's aggregated figures. */
const everyRegion = ["territories", "indicators", "exports"];
/** People's files: finance staff neither import nor read imports (docs/imports.md). */
const notFinance = ["imports"];
const kindOf = (scope: string) => must(scope.split(":")[0], `a kind in the scope ${scope}`);
const isRead = (scope: string) => scope.endsWith(":read");

type CallerName = "admin" | "finance" | "regional" | "keyWith" | "keyWithout";
const mayUse: Record<CallerName, (scope: string) => boolean> = {
  admin: () => true,
  finance: (scope) => isRead(scope) && !adminOnly.includes(kindOf(scope)) && !notFinance.includes(kindOf(scope)),
  regional: (scope) => !adminOnly.includes(kindOf(scope)) && (isRead(scope) || !everyRegion.includes(kindOf(scope))),
  // Keys can't carry the right to make keys.
  keyWith: (scope) => !scope.startsWith("api-keys:"),
  keyWithout: () => false,
};

type Operation = ReturnType<typeof operationsOf>[number];
let api: Api;
let operations: Operation[];
let records: Record<"own" | "other", Records>;
const keys = { with: new Map<string, string>(), without: new Map<string, string>() };
/** Parameters no record of the world names. */
const extra = { year: "2015" };

beforeAll(async () => {
  api = await securityApi();
  records = { own: await buildRegion(api, "own"), other: await buildRegion(api, "other") };
  operations = operationsOf((await api.call("GET", "/api/openapi.json")).body);
  const scopes = [...new Set(operations.map(scopeOf).filter((s): s is string => s !== undefined))];
  const grantable = scopes.filter((s) => !s.startsWith("api-keys:"));
  const makeKey = async (granted: string[]) => {
    const answer = await api.call("POST", "/api/v1/api-keys", { name: "Matrice", scopes: granted });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body as { id: string; key: string };
  };
  for (const scope of scopes) {
    keys.with.set(scope, (await makeKey(grantable.includes(scope) ? [scope] : grantable)).key);
    keys.without.set(scope, (await makeKey(grantable.filter((s) => s !== scope))).key);
  }
  // A key for the routes about one key (revoking it is harmless).
  const spare = await makeKey(["centers:read"]);
  records.own["api-keys"] = { ...spare };
  records.other["api-keys"] = { ...spare };
});

function scopeOf(op: Operation): string | undefined {
  const permission = op.operation["x-permission"] as { scope?: string } | undefined;
  return permission?.scope;
}

const isPublic = (op: Operation) => (op.operation["x-permission"] as { public?: boolean } | undefined)?.public === true;

/** Sends the operation: ids of one region's records, an empty body, a stale If-Match (so nothing changes). */
async function send(op: Operation, side: "own" | "other", headers: Record<string, string>) {
  const { path, resolved } = fillPath(op.path, records[side], extra);
  const body = op.method === "POST" || op.method === "PATCH" ? {} : undefined;
  const answer = await api.call(op.method, path, body, { ...headers, "if-match": "999" });
  return { ...answer, path, resolved };
}

describe("the authorization matrix", () => {
  it("publishes a permission on every operation of the document", () => {
    expect(operations.length).toBeGreaterThan(50);
    const undeclared = operations.filter((op) => {
      const permission = op.operation["x-permission"] as
        | { scope?: unknown; public?: unknown; signedIn?: unknown }
        | undefined;
      return !(
        permission &&
        (permission.public === true || permission.signedIn === true || typeof permission.scope === "string")
      );
    });
    expect(undeclared.map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it("answers 401 without credentials, except on public routes", async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const answer = await send(op, "own", { authorization: "" });
      const expected = isPublic(op) ? answer.status !== 401 && answer.status !== 403 : answer.status === 401;
      if (!expected || answer.status >= 500) wrong.push(`${op.method} ${answer.path} → ${answer.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(["admin", "finance", "regional", "keyWith", "keyWithout"] as const)(
    "gives %s what its rights allow, and 403 otherwise",
    async (caller) => {
      const wrong: string[] = [];
      for (const op of operations) {
        const scope = scopeOf(op);
        if (scope === undefined) continue;
        const headers =
          caller === "keyWith"
            ? { "x-api-key": must(keys.with.get(scope), `a key with ${scope}`) }
            : caller === "keyWithout"
              ? { "x-api-key": must(keys.without.get(scope), `a key without ${scope}`) }
              : await api.as(caller === "regional" ? "regional" : caller);
        const answer = await send(op, "own", headers);
        const allowed = mayUse[caller](scope);
        const kind = must(op.path.split("/")[3], `a kind in ${op.path}`);
        // A read of records that exist answers 2xx; everything else at least gets past the rights.
        const mustSucceed = allowed && op.method === "GET" && answer.resolved && kind in records.own;
        const ok = allowed
          ? answer.status < 500 &&
            answer.status !== 401 &&
            answer.status !== 403 &&
            (!mustSucceed || answer.status < 300)
          : answer.status === 403;
        if (!ok)
          wrong.push(
            `${op.method} ${answer.path} (${scope}) → ${answer.status} ${JSON.stringify(answer.body?.error?.message ?? "")}`,
          );
      }
      expect(wrong).toEqual([]);
    },
  );

  it("answers 404 to a regional officer for anything of another region's record", async () => {
    const officer = await api.as("regional");
    const wrong: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const scope = scopeOf(op);
      const [, , , kind, id] = op.path.split("/");
      if (!scope || id !== "{id}" || !mayUse.regional(scope) || (kind !== undefined && everyRegion.includes(kind)))
        continue;
      checked++;
      const answer = await send(op, "other", officer);
      if (answer.status !== 404) wrong.push(`${op.method} ${answer.path} → ${answer.status}`);
    }
    expect(checked).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});
