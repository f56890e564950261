import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aCenter } from "../support/fixtures.js";
import { must } from "../support/must.js";
import { created, deleteCurrent, issuePaths } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const protection = (over: Record<string, unknown> = {}) =>
  aCenter({ name: "Établissement de protection sociale Aïn Chock", type: "social_protection", ...over });
const aSupport = (centerId: string, over: Record<string, unknown> = {}) => ({
  centerId,
  year: 2024,
  amountMad: 180000,
  ...over,
});

const create = (path: string, body: unknown) => created(api.call, path, body);
const paths = issuePaths;

describe("minors-protection program supports", () => {
  it("records, reads, changes and deletes a support, which references its center", async () => {
    const center = await create("/api/v1/centers", protection());
    const support = await create("/api/v1/program-supports", aSupport(center.id, { note: "Internat de 60 places" }));
    expect(support).toMatchObject({ ...aSupport(center.id), note: "Internat de 60 places", version: 1 });
    expect((await api.call("GET", `/api/v1/program-supports/${support.id}`)).body).toEqual(support);

    const changed = await api.call(
      "PATCH",
      `/api/v1/program-supports/${support.id}`,
      { amountMad: 0, note: null },
      { "if-match": "1" },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ amountMad: 0, version: 2 });
    expect(changed.body).not.toHaveProperty("note");
    const moved = await api.call(
      "PATCH",
      `/api/v1/program-supports/${support.id}`,
      { centerId: center.id },
      { "if-match": "2" },
    );
    expect(paths(moved)).toEqual(["centerId"]);

    expect((await deleteCurrent(api.call, `/api/v1/centers/${center.id}`)).status).toBe(409);
    expect((await deleteCurrent(api.call, `/api/v1/program-supports/${support.id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `/api/v1/centers/${center.id}`)).status).toBe(204);
  });

  it("refuses a center that is not a social-protection institution, or unknown (422)", async () => {
    const women = await create("/api/v1/centers", aCenter({ type: "women" }));
    const refused = await api.call("POST", "/api/v1/program-supports", aSupport(women.id));
    expect(refused.status).toBe(422);
    expect(paths(refused)).toEqual(["centerId"]);
    expect(refused.body.error.message).toContain("social_protection");
    expect((await api.call("POST", "/api/v1/program-supports", aSupport("01HZZZZZZZZZZZZZZZZZZZZZZZ"))).status).toBe(
      422,
    );
    // Nothing half-written: the year is still free once the center becomes one.
    await api.call("PATCH", `/api/v1/centers/${women.id}`, { type: "social_protection" }, { "if-match": "1" });
    expect((await api.call("POST", "/api/v1/program-supports", aSupport(women.id))).status).toBe(201);
  });

  it("refuses years outside 1957 … next year, and a negative amount (400)", async () => {
    const center = await create("/api/v1/centers", protection());
    const nextYear = new Date().getUTCFullYear() + 1;
    for (const year of [1956, nextYear + 1, 2020.5]) {
      const answer = await api.call("POST", "/api/v1/program-supports", aSupport(center.id, { year }));
      expect(answer.status).toBe(400);
      expect(paths(answer)).toEqual(["year"]);
    }
    expect(paths(await api.call("POST", "/api/v1/program-supports", aSupport(center.id, { amountMad: -1 })))).toEqual([
      "amountMad",
    ]);
    expect((await api.call("POST", "/api/v1/program-supports", aSupport(center.id, { year: nextYear }))).status).toBe(
      201,
    );
    expect((await api.call("POST", "/api/v1/program-supports", aSupport(center.id, { year: 1957 }))).status).toBe(201);
  });

  it("keeps one support per center and year, also when the year changes and under concurrent requests", async () => {
    const center = await create("/api/v1/centers", protection());
    const answers = await Promise.all(
      Array.from({ length: 15 }, () => api.call("POST", "/api/v1/program-supports", aSupport(center.id))),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(14);
    const again = await api.call("POST", "/api/v1/program-supports", aSupport(center.id, { amountMad: 5 }));
    expect(again.status).toBe(409);
    expect(paths(again)).toEqual(["year"]);

    const other = await create("/api/v1/program-supports", aSupport(center.id, { year: 2023 }));
    const clash = await api.call("PATCH", `/api/v1/program-supports/${other.id}`, { year: 2024 }, { "if-match": "1" });
    expect(clash.status).toBe(409);
    // Moving to a free year frees the old one.
    expect(
      (await api.call("PATCH", `/api/v1/program-supports/${other.id}`, { year: 2022 }, { "if-match": "1" })).status,
    ).toBe(200);
    expect((await api.call("POST", "/api/v1/program-supports", aSupport(center.id, { year: 2023 }))).status).toBe(201);
    // Deleting frees the year too.
    const winner = must(
      answers.find((a) => a.status === 201),
      "the one 201",
    ).body;
    expect((await deleteCurrent(api.call, `/api/v1/program-supports/${winner.id}`)).status).toBe(204);
    expect((await api.call("POST", "/api/v1/program-supports", aSupport(center.id))).status).toBe(201);
  });

  it("lists by center and year, a page at a time", async () => {
    const own = await testApi();
    const post = async (path: string, body: unknown) => (await own.call("POST", path, body)).body;
    const first = await post("/api/v1/centers", protection());
    const second = await post(
      "/api/v1/centers",
      protection({ name: "Dar Al Atfal Fès", regionCode: "MA-03", provinceCode: "MA-FES" }),
    );
    for (const year of [2022, 2023, 2024]) await post("/api/v1/program-supports", aSupport(first.id, { year }));
    await post("/api/v1/program-supports", aSupport(second.id, { year: 2024 }));
    const found = async (query: string) =>
      (await own.call("GET", `/api/v1/program-supports?${query}`)).body.items.map(
        (s: { centerId: string; year: number }) => `${s.centerId === first.id ? "first" : "second"}:${s.year}`,
      );

    expect(await found(`centerId=${first.id}`)).toEqual(["first:2022", "first:2023", "first:2024"]);
    expect((await found("year=2024")).sort()).toEqual(["first:2024", "second:2024"]);
    expect(await found(`centerId=${second.id}&year=2024`)).toEqual(["second:2024"]);
    expect(await found("")).toHaveLength(4);
    expect((await own.call("GET", "/api/v1/program-supports?year=twenty")).status).toBe(400);

    const page = await own.call("GET", `/api/v1/program-supports?centerId=${first.id}&limit=2`);
    const rest = await own.call(
      "GET",
      `/api/v1/program-supports?centerId=${first.id}&limit=2&cursor=${page.body.nextCursor}`,
    );
    expect(rest.body).toMatchObject({ items: [{ year: 2024 }], nextCursor: null });
  });
});
