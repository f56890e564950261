import { beforeAll, describe, expect, it } from "vitest";
import { aBeneficiary, aCenter } from "../../support/fixtures.js";
import { must } from "../../support/must.js";
import { type Api, scanAll, securityApi } from "./world.js";

let api: Api;
beforeAll(async () => {
  api = await securityApi();
});

const ofKind = async (entity: string) => (await scanAll(api.db)).filter((item) => item.entity === entity);
const key = (name: string) => ({ "idempotency-key": `${name}-${Math.random().toString(36).slice(2)}` });

describe("Idempotency-Key", () => {
  it("answers a retry with the first answer and writes once", async () => {
    const headers = key("retry");
    const body = aBeneficiary({ nationalId: "QQ1234", phone: "0612121212" });
    const first = await api.call("POST", "/api/v1/beneficiaries", body, headers);
    const retry = await api.call("POST", "/api/v1/beneficiaries", body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    for (const header of ["location", "etag"]) expect(retry.headers.get(header)).toBe(first.headers.get(header));
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(await ofKind("BENEFICIARY")).toHaveLength(1);
    expect((await ofKind("AUDIT")).filter((a) => a.entityId === first.body.id)).toHaveLength(1);
    // The kept answer holds the national ID: it is stored encrypted.
    const kept = await ofKind("IDEMPOTENCY");
    expect(kept).toHaveLength(1);
    expect(must(kept[0], "the kept answer").expiresAt).toBeGreaterThan(Date.now() / 1000 + 23 * 3600);
    expect(JSON.stringify(kept)).not.toContain("QQ1234");
  });

  it("gives 20 concurrent retries the same answer, and creates one record", async () => {
    const headers = key("burst");
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.call("POST", "/api/v1/centers", aCenter({ name: "Centre Idempotent" }), headers),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const centers = (await ofKind("CENTER")).filter((c) => c.name === "Centre Idempotent");
    expect(centers).toHaveLength(1);
  });

  it("refuses the same key with another body (422), and keeps keys apart per caller", async () => {
    const headers = key("reuse");
    expect((await api.call("POST", "/api/v1/centers", aCenter({ name: "Centre A" }), headers)).status).toBe(201);
    const reused = await api.call("POST", "/api/v1/centers", aCenter({ name: "Centre B" }), headers);
    expect(reused.status).toBe(422);
    expect(reused.body.error.issues[0].path).toBe("Idempotency-Key");
    const officer = await api.call("POST", "/api/v1/centers", aCenter({ name: "Centre A" }), {
      ...headers,
      ...(await api.as("regional")),
    });
    expect(officer.status).toBe(201);
    expect((await ofKind("CENTER")).filter((c) => c.name === "Centre A")).toHaveLength(2);
  });

  it("keeps nothing of a refused request, and refuses a malformed key", async () => {
    const headers = key("fix");
    const before = (await scanAll(api.db)).length;
    expect((await api.call("POST", "/api/v1/centers", aCenter({ capacity: -1 }), headers)).status).toBe(400);
    expect((await scanAll(api.db)).length).toBe(before);
    expect((await api.call("POST", "/api/v1/centers", aCenter({ name: "Centre corrigé" }), headers)).status).toBe(201);
    const malformed = await api.call("POST", "/api/v1/centers", aCenter(), { "idempotency-key": "two words" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues[0].path).toBe("Idempotency-Key");
  });
});
