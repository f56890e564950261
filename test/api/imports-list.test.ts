import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const start = (fileName: string, headers: Record<string, string> = {}) =>
  api.call("POST", "/api/v1/imports", { registry: "centers", format: "csv", fileName }, headers);

describe("past imports", () => {
  it("are listed newest first, page after page", async () => {
    const ids: string[] = [];
    for (const name of ["a.csv", "b.csv", "c.csv", "d.csv", "e.csv"]) ids.push((await start(name)).body.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await api.call(
        "GET",
        `/api/v1/imports?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((job) => job.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it("newest first for a regional officer's own imports too; a cursor of another list is refused", async () => {
    const officer = await api.as("regional");
    const first = (await start("first.csv", officer)).body.id;
    const second = (await start("second.csv", officer)).body.id;
    const mine = await api.call("GET", "/api/v1/imports?limit=1", undefined, officer);
    expect(mine.body.items.map((job: { id: string }) => job.id)).toEqual([second]);
    const next = await api.call("GET", `/api/v1/imports?limit=1&cursor=${mine.body.nextCursor}`, undefined, officer);
    expect(next.body).toMatchObject({ items: [{ id: first }], nextCursor: null });
    const foreign = await api.call("GET", `/api/v1/imports?limit=1&cursor=${mine.body.nextCursor}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues[0].path).toBe("cursor");
  });
});
