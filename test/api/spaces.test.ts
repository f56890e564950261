import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aCooperative, aSpace } from "../support/fixtures.js";
import { deleteCurrent } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

async function cooperatives(n: number): Promise<string[]> {
  const answers = await Promise.all(
    Array.from({ length: n }, (_, i) => api.call("POST", "/api/v1/cooperatives", aCooperative({ name: `Coop ${i}` }))),
  );
  return answers.map((a) => a.body.id);
}

describe("marketplace spaces and the cooperatives they host", () => {
  it("hosts up to its stalls, refuses one more, and takes one again when a hosting ends", async () => {
    const space = (await api.call("POST", "/api/v1/marketplace-spaces", aSpace({ stalls: 2 }))).body;
    const [a, b, c] = await cooperatives(3);
    const first = await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, {
      cooperativeId: a,
      from: "2015-10-01",
    });
    expect(first.status).toBe(201);
    expect(
      (await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, { cooperativeId: a, from: "2015-10-02" }))
        .status,
    ).toBe(409);
    expect(
      (await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, { cooperativeId: b, from: "2015-10-01" }))
        .status,
    ).toBe(201);
    const full = await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, {
      cooperativeId: c,
      from: "2015-10-01",
    });
    expect(full.status).toBe(409);
    expect(full.body.error.message).toMatch(/stalls/);
    expect((await api.call("GET", `/api/v1/marketplace-spaces/${space.id}`)).body.hostsActive).toBe(2);

    const ended = await api.call(
      "PATCH",
      `/api/v1/marketplace-spaces/${space.id}/hosts/${first.body.id}`,
      { to: "2016-03-31" },
      { "if-match": "1" },
    );
    expect(ended.status).toBe(200);
    expect(ended.body.to).toBe("2016-03-31");
    expect(
      (await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, { cooperativeId: c, from: "2016-04-01" }))
        .status,
    ).toBe(201);

    const current = await api.call("GET", `/api/v1/marketplace-spaces/${space.id}/hosts?current=true`);
    expect(current.body.items.map((h: { cooperativeId: string }) => h.cooperativeId).sort()).toEqual([b, c].sort());
    const ofA = await api.call("GET", `/api/v1/cooperatives/${a}/hostings`);
    expect(ofA.body.items).toHaveLength(1);
  });

  it("never hosts more than its stalls under 15 concurrent requests", async () => {
    const space = (await api.call("POST", "/api/v1/marketplace-spaces", aSpace({ stalls: 4 }))).body;
    const coops = await cooperatives(15);
    const answers = await Promise.all(
      coops.map((cooperativeId) =>
        api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, { cooperativeId, from: "2015-11-01" }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(4);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    const hosted = await api.call("GET", `/api/v1/marketplace-spaces/${space.id}/hosts?limit=100`);
    expect(hosted.body.items).toHaveLength(4);
    expect((await api.call("GET", `/api/v1/marketplace-spaces/${space.id}`)).body.hostsActive).toBe(4);
  });

  it("refuses to reduce stalls below the hosted count, to delete a hosting space or hosted cooperative", async () => {
    const space = (await api.call("POST", "/api/v1/marketplace-spaces", aSpace({ stalls: 3 }))).body;
    const [a, b] = await cooperatives(2);
    await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, { cooperativeId: a, from: "2015-10-01" });
    await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, { cooperativeId: b, from: "2015-10-01" });
    const shrink = await api.call(
      "PATCH",
      `/api/v1/marketplace-spaces/${space.id}`,
      { stalls: 1 },
      { "if-match": "1" },
    );
    expect(shrink.status).toBe(409);
    expect(shrink.body.error.issues[0].path).toBe("stalls");
    expect((await deleteCurrent(api.call, `/api/v1/marketplace-spaces/${space.id}`)).status).toBe(409);
    expect((await deleteCurrent(api.call, `/api/v1/cooperatives/${a}`)).status).toBe(409);
  });

  it("refuses a missing cooperative (422), a closed space (409) and a hosting ending before it starts (400)", async () => {
    const space = (await api.call("POST", "/api/v1/marketplace-spaces", aSpace())).body;
    const missing = await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, {
      cooperativeId: "01ARZ3NDEKTSV4RRFFQ69G5FAV",
      from: "2015-10-01",
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error.issues[0].path).toBe("cooperativeId");
    const [a] = await cooperatives(1);
    const backwards = await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, {
      cooperativeId: a,
      from: "2015-10-01",
      to: "2015-09-01",
    });
    expect(backwards.status).toBe(400);
    await api.call("PATCH", `/api/v1/marketplace-spaces/${space.id}`, { status: "closed" }, { "if-match": "1" });
    expect(
      (await api.call("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, { cooperativeId: a, from: "2015-10-01" }))
        .status,
    ).toBe(409);
    // Nothing half-written: the refused requests left the space without hostings.
    expect((await api.call("GET", `/api/v1/marketplace-spaces/${space.id}/hosts`)).body.items).toEqual([]);
  });
});
