import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { commit, csvFile, dryRun, beneficiaryHeaderFr as H, beneficiaryRowFr as row } from "../support/imports.js";
import type { Json } from "../support/json.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

/** Pages of `limit` rows until the last: each page's rows, in order. */
async function pages(id: string, query: string, limit: number) {
  const seen: Json[][] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: { items: Json[]; nextCursor: string | null } } = await api.call(
      "GET",
      `/api/v1/imports/${id}/rows?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(page.status).toBe(200);
    seen.push(page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return seen;
}

const ROWS = 700;
/** Row i (file row i + 2) has no consent when i % 9 == 4: spread over every chunk of the file. */
const refused = (i: number) => i % 9 === 4;

describe("an import's rows", () => {
  it("are paged in file order across the file's chunks, by outcome or all; a cursor of another import is refused", {
    timeout: 120_000,
  }, async () => {
    const lines = Array.from({ length: ROWS }, (_, i) =>
      row({
        cin: `PG${String(i).padStart(6, "0")}`,
        first: `Prenom${i}`,
        birth: `${String((i % 28) + 1).padStart(2, "0")}/0${(i % 9) + 1}/19${50 + (i % 40)}`,
        consent: refused(i) ? "non" : "oui",
      }),
    );
    const job = await dryRun(api, "beneficiaries", csvFile([H, ...lines]));
    const invalidRows = lines.flatMap((_, i) => (refused(i) ? [i + 2] : []));
    expect(job.body).toMatchObject({
      status: "validated",
      counts: { rows: ROWS, valid: ROWS - invalidRows.length, invalid: invalidRows.length },
    });
    const id = job.body.id as string;

    const invalid = await pages(id, "&outcome=invalid", 7);
    expect(invalid.flat().map((r) => r.row)).toEqual(invalidRows);
    // Every page full but the last, and the last not empty: no cursor leads to an empty page.
    expect(invalid.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    expect(invalid.at(-1)?.length).toBe(invalidRows.length % 7 || 7);
    expect(invalid.flat().every((r) => (r.issues as Json[]).length > 0)).toBe(true);

    const all = await pages(id, "", 100);
    expect(all.flat().map((r) => r.row)).toEqual(lines.map((_, i) => i + 2));

    const other = await dryRun(api, "beneficiaries", csvFile([H, row({ cin: "PG999999" })]));
    const firstPage = await api.call("GET", `/api/v1/imports/${id}/rows?limit=5`);
    const foreign = await api.call(
      "GET",
      `/api/v1/imports/${other.body.id}/rows?limit=5&cursor=${firstPage.body.nextCursor}`,
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues[0].path).toBe("cursor");

    await commit(api, id);
    const done = (await api.call("GET", `/api/v1/imports/${id}`)).body;
    expect(done).toMatchObject({
      status: "committed",
      counts: { created: ROWS - invalidRows.length, skipped: invalidRows.length },
      progress: { done: ROWS - invalidRows.length },
    });
    const created = (await pages(id, "&outcome=created", 100)).flat();
    expect(created.map((r) => r.row)).toEqual(lines.flatMap((_, i) => (refused(i) ? [] : [i + 2])));
    expect(new Set(created.map((r) => r.recordId)).size).toBe(created.length);
    expect((await pages(id, "&outcome=valid", 100)).flat()).toEqual([]);
  });
});
