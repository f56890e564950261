import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aCenter } from "../support/fixtures.js";

let api: Awaited<ReturnType<typeof testApi>>;
const ids = { all: new Set<string>(), rural: new Set<string>() };

beforeAll(async () => {
  api = await testApi();
  // 57 centers in one province, every third rural; 5 elsewhere.
  for (let i = 0; i < 57; i++) {
    const answer = await api.call(
      "POST",
      "/api/v1/centers",
      aCenter({ name: `Centre ${i}`, areaType: i % 3 === 0 ? "rural" : "urban" }),
    );
    ids.all.add(answer.body.id);
    if (i % 3 === 0) ids.rural.add(answer.body.id);
  }
  for (let i = 0; i < 5; i++) {
    await api.call(
      "POST",
      "/api/v1/centers",
      aCenter({ name: `Centre Rabat ${i}`, regionCode: "MA-04", provinceCode: "MA-RAB" }),
    );
  }
});

async function walk(query: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const answer: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await api.call(
      "GET",
      `/api/v1/centers?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.items.length).toBeLessThanOrEqual(limit);
    seen.push(...answer.body.items.map((c) => c.id));
    cursor = answer.body.nextCursor;
    pages++;
  } while (cursor);
  return { seen, pages };
}

describe("cursor pagination", () => {
  it.each([1, 7, 25, 57, 100])("walks a province with limit %i: every center once, none missed", async (limit) => {
    const { seen, pages } = await walk("provinceCode=MA-CAS", limit);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(ids.all);
    expect(pages).toBe(Math.max(1, Math.ceil(57 / limit)));
  });

  it("walks a filtered list (rural only) to the end", async () => {
    const { seen } = await walk("provinceCode=MA-CAS&areaType=rural", 4);
    expect(new Set(seen)).toEqual(ids.rural);
    expect(seen).toHaveLength(ids.rural.size);
  });

  it("lists by region and over every center", async () => {
    expect((await walk("regionCode=MA-04", 2)).seen).toHaveLength(5);
    expect((await walk("type=women", 10)).seen).toHaveLength(62);
  });

  it("answers 25 items by default and refuses more than 100", async () => {
    expect((await api.call("GET", "/api/v1/centers")).body.items).toHaveLength(25);
    const refused = await api.call("GET", "/api/v1/centers?limit=101");
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].path).toBe("limit");
  });

  it("refuses a cursor from another list or a forged one", async () => {
    const first = await api.call("GET", "/api/v1/centers?provinceCode=MA-CAS&limit=2");
    const elsewhere = await api.call("GET", `/api/v1/centers?regionCode=MA-04&cursor=${first.body.nextCursor}`);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.issues[0].path).toBe("cursor");
    expect((await api.call("GET", "/api/v1/centers?cursor=not-a-cursor")).status).toBe(400);
  });
});
