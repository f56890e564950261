import { describe, expect, it } from "vitest";
import { createDataProvider } from "../dataProvider";
import { CursorBook } from "./cursors";
import { fakeFetch } from "./fakeFetch";

const items = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `R${from + i}`, version: 1 }));
const params = (page: number, filter: object = {}) => ({
  pagination: { page, perPage: 2 },
  sort: { field: "id", order: "ASC" as const },
  filter,
});

/** Five records behind cursors "p2" and "p3", two a page. */
function pagedApi() {
  return fakeFetch([
    ["GET", /cursor=p3/, { body: { items: items(5, 1), nextCursor: null } }],
    ["GET", /cursor=p2/, { body: { items: items(3, 2), nextCursor: "p3" } }],
    ["GET", /\/api\/v1\/centers\?/, { body: { items: items(1, 2), nextCursor: "p2" } }],
  ]);
}

describe("numbered pages over cursors", () => {
  it("opens page N with the cursor that page N-1 gave, forward and back", async () => {
    const { fetch, requests } = pagedApi();
    const provider = createDataProvider({ fetch });
    const pages = [];
    for (const n of [1, 2, 3, 2, 1]) pages.push((await provider.getList("centers", params(n))).data.map((r) => r.id));
    expect(pages).toEqual([["R1", "R2"], ["R3", "R4"], ["R5"], ["R3", "R4"], ["R1", "R2"]]);
    expect(requests.map((r) => new URL(r.url, "http://x").searchParams.get("cursor"))).toEqual([
      null,
      "p2",
      "p3",
      "p2",
      null,
    ]);
  });

  it("answers a page never reached (a reload on ?page=3) with an empty page, without asking the API, so react-admin returns to page 1", async () => {
    const { fetch, requests } = pagedApi();
    const provider = createDataProvider({ fetch });
    expect(await provider.getList("centers", params(3))).toEqual({
      data: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
    expect(requests).toEqual([]);
  });

  it("keeps cursors apart for each filter and page size", () => {
    const book = new CursorBook();
    const casablanca = CursorBook.listKey("centers", { regionCode: "MA-06" }, 25);
    book.remember(casablanca, 1, 25, "next-cas");
    expect(book.startOf(casablanca, 2)).toEqual({ cursor: "next-cas", offset: 25 });
    expect(book.startOf(CursorBook.listKey("centers", { regionCode: "MA-09" }, 25), 2)).toBeUndefined();
    expect(book.startOf(CursorBook.listKey("centers", { regionCode: "MA-06" }, 50), 2)).toBeUndefined();
    expect(CursorBook.listKey("centers", { b: "1", a: "2", c: "" }, 25)).toBe(
      CursorBook.listKey("centers", { a: "2", b: "1" }, 25),
    );
  });

  it("forgets later pages when a page turns out to be the last", () => {
    const book = new CursorBook();
    const list = CursorBook.listKey("centers", {}, 2);
    book.remember(list, 1, 2, "p2");
    book.remember(list, 2, 2, "p3");
    book.remember(list, 1, 2, null);
    expect(book.startOf(list, 2)).toBeUndefined();
    expect(book.startOf(list, 3)).toBeUndefined();
  });
});
