import { beforeAll, describe, expect, it } from "vitest";
import { aBeneficiary, aCenter } from "../../support/fixtures.js";
import type { Json } from "../../support/json.js";
import { must } from "../../support/must.js";
import { type Api, buildRegion, scanAll, securityApi } from "./world.js";

let api: Api;
beforeAll(async () => {
  api = await securityApi();
});

const eventsOf = async (query: string) => {
  const answer = await api.call("GET", `/api/v1/audit-events?${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items as Record<string, Json>[];
};

describe("the audit trail", () => {
  it("records who changed what, when and from which request, with identifiers masked", async () => {
    const officer = await api.as("regional");
    const created = await api.call(
      "POST",
      "/api/v1/beneficiaries",
      aBeneficiary({ nationalId: "EE445566", phone: "0611112222" }),
      { ...officer, "x-request-id": "req-create" },
    );
    const id = created.body.id;
    await api.call(
      "PATCH",
      `/api/v1/beneficiaries/${id}`,
      { phone: "0633334444", lastName: "Bennani" },
      { ...officer, "if-match": "1", "x-request-id": "req-change" },
    );
    await api.call("DELETE", `/api/v1/beneficiaries/${id}`, undefined, {
      ...officer,
      "if-match": "2",
      "x-request-id": "req-delete",
    });

    const events = await eventsOf(`entityId=${id}`);
    expect(events.map((e) => [e.action, e.requestId, e.actor, e.entity])).toEqual([
      ["create", "req-create", "user:officer-ma06", "BENEFICIARY"],
      ["update", "req-change", "user:officer-ma06", "BENEFICIARY"],
      ["delete", "req-delete", "user:officer-ma06", "BENEFICIARY"],
    ]);
    const create = must(events[0], "the create event");
    const update = must(events[1], "the update event");
    const remove = must(events[2], "the delete event");
    expect(create.after).toMatchObject({ nationalId: "EE****66", phone: "06******22", firstName: "Fatima" });
    expect(create.before).toBeUndefined();
    expect(update.changedFields).toEqual(["lastName", "phone"]);
    expect(update.before).toMatchObject({ phone: "06******22", lastName: "El Amrani" });
    expect(update.after).toMatchObject({ phone: "06******44", lastName: "Bennani", version: 2 });
    expect(remove.before).toMatchObject({ id, version: 2 });
    expect(Date.parse(create.at)).toBeLessThanOrEqual(Date.parse(remove.at));
  });

  it("writes nothing when the change is refused: the event shares the change's transaction", async () => {
    const body = aBeneficiary({ nationalId: "FF778899" });
    expect((await api.call("POST", "/api/v1/beneficiaries", body)).status).toBe(201);
    const before = (await scanAll(api.db)).filter((i) => i.entity === "AUDIT").length;
    expect((await api.call("POST", "/api/v1/beneficiaries", body)).status).toBe(409);
    expect((await scanAll(api.db)).filter((i) => i.entity === "AUDIT").length).toBe(before);
  });

  it("covers the records kept inside others, bilan runs, and the writes of partner apps", async () => {
    const records = await buildRegion(api, "own");
    for (const [kind, entity] of [
      ["hosts", "HOSTING"],
      ["participants", "EXHIBITION_PARTICIPATION"],
      ["alerts", "VIGILANCE_ALERT"],
    ] as const) {
      expect((await eventsOf(`entityId=${records[kind].id}`)).map((e) => [e.entity, e.action])).toEqual([
        [entity, "create"],
      ]);
    }
    // Deleting a current hosting frees its stall and its reference on the space in one transaction.
    const hosting = `/api/v1/marketplace-spaces/${records["marketplace-spaces"].id}/hosts/${records.hosts.id}`;
    expect((await api.call("DELETE", hosting, undefined, { "if-match": "1" })).status).toBe(204);
    expect((await eventsOf(`entityId=${records.hosts.id}`)).map((e) => e.action)).toEqual(["create", "delete"]);
    expect(
      (await api.call("GET", `/api/v1/marketplace-spaces/${records["marketplace-spaces"].id}`)).body.hostsActive,
    ).toBe(0);
    const run = await api.call("POST", "/api/v1/indicators/2015/runs");
    expect(run.status).toBe(202);
    expect((await eventsOf(`entityId=${run.body.runId}`))[0]).toMatchObject({
      entity: "BILAN_RUN",
      action: "create",
      actor: "user:admin",
    });

    const made = await api.call("POST", "/api/v1/api-keys", {
      name: "Partenaire",
      scopes: ["centers:write", "centers:read"],
    });
    const keyEvents = await eventsOf(`entityId=${made.body.id}`);
    expect(keyEvents[0]).toMatchObject({ entity: "APIKEY", action: "create", actor: "user:admin" });
    expect(JSON.stringify(keyEvents)).not.toContain(made.body.key.slice(34));
    const patched = await api.call(
      "PATCH",
      `/api/v1/centers/${records.centers.id}`,
      { capacity: 99 },
      { "x-api-key": made.body.key, "if-match": "1" },
    );
    expect(patched.status).toBe(200);
    const byKey = await eventsOf(`actor=key:${made.body.id}`);
    expect(byKey.map((e) => [e.entity, e.entityId, e.action, e.changedFields])).toEqual([
      ["CENTER", records.centers.id, "update", ["capacity"]],
    ]);
  });

  it("lists by kind and by actor, page by page, and asks for a filter", async () => {
    for (let i = 0; i < 3; i++) await api.call("POST", "/api/v1/centers", aCenter({ name: `Centre ${i}` }));
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const answer: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.call(
        "GET",
        `/api/v1/audit-events?entity=CENTER&actor=user:admin&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      pages.push(answer.body.items.map((e) => e.id));
      cursor = answer.body.nextCursor;
    } while (cursor);
    const all = await eventsOf("entity=CENTER&actor=user:admin&limit=100");
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.every((e) => e.entity === "CENTER" && e.actor === "user:admin")).toBe(true);
    expect(pages.flat()).toEqual(all.map((e) => e.id));
    const none = await api.call("GET", "/api/v1/audit-events");
    expect(none.status).toBe(400);
    expect(none.body.error.issues[0].path).toBe("entity");
  });
});
