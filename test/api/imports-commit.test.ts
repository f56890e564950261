import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";
import {
  commit,
  csvFile,
  dryRun,
  beneficiaryHeaderFr as H,
  beneficiaryRowFr as row,
  rowsOf,
} from "../support/imports.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const remove = (path: string) => api.call("DELETE", path, undefined, { "if-match": "1" });

describe("a commit in chunks", () => {
  it("counts references once per referenced record, and takes a refused row's counts back", async () => {
    const [kept, gone] = await Promise.all([
      api.call("POST", "/api/v1/centers", aCenter({ name: "Centre gardé" })),
      api.call("POST", "/api/v1/centers", aCenter({ name: "Centre fermé" })),
    ]).then((answers) => answers.map((a) => a.body));
    const people = await Promise.all(
      [1, 2, 3].map(
        async (i) => (await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ firstName: `R${i}` }))).body,
      ),
    );
    const enrol = (person: { id: string }, center: { id: string }) => [person.id, center.id, "training", "15/09/2024"];
    const file = csvFile([
      ["Bénéficiaire", "Centre", "Prestation", "Début"],
      enrol(people[0], kept),
      enrol(people[1], kept),
      enrol(people[2], kept),
      enrol(people[0], kept),
      enrol(people[2], kept),
      enrol(people[2], gone),
    ]);
    const job = await dryRun(api, "enrollments", file);
    expect(job.body.counts).toMatchObject({ valid: 6, invalid: 0 });
    // Gone between the dry run and the commit: its row is refused, the others are created.
    expect((await remove(`/api/v1/centers/${gone.id}`)).status).toBe(204);
    await commit(api, job.body.id);
    const done = (await api.call("GET", `/api/v1/imports/${job.body.id}`)).body;
    expect(done).toMatchObject({ status: "committed", counts: { created: 5, skipped: 1 } });
    const [skipped] = await rowsOf(api, job.body.id, "&outcome=skipped&lang=en");
    expect(skipped).toMatchObject({ row: 7 });
    expect(skipped.issues[0].message).toMatch(/No center with id/);

    const refused = await remove(`/api/v1/centers/${kept.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/referenced by 5 records/);
    // The third person's count: two enrollments created, the refused one taken back.
    expect((await remove(`/api/v1/beneficiaries/${people[2].id}`)).body.error.message).toMatch(
      /referenced by 2 records/,
    );
    const enrolled = await api.call("GET", `/api/v1/enrollments?centerId=${kept.id}&limit=100`);
    expect(enrolled.body.items).toHaveLength(5);
  });

  it("refuses a row whose CIN was taken after the dry run, and leaves the other record's guard alone", async () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      row({ cin: `KC${String(300000 + i)}`, first: `Prénom${i}`, birth: `1${i % 9}/02/1979` }),
    );
    const job = await dryRun(api, "beneficiaries", csvFile([H, ...rows]));
    expect(job.body.counts.valid).toBe(30);
    const first = await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId: "KC300007" }));
    expect(first.status).toBe(201);
    await commit(api, job.body.id);
    const done = (await api.call("GET", `/api/v1/imports/${job.body.id}`)).body;
    expect(done.counts).toMatchObject({ created: 29, skipped: 1 });
    const [skipped] = await rowsOf(api, job.body.id, "&outcome=skipped&lang=fr");
    expect(skipped.row).toBe(9);
    expect(skipped.issues[0].message).toMatch(/^Refusé à la création/);
    const found = await api.call("GET", "/api/v1/beneficiaries?nationalId=KC300007");
    expect(found.body.items.map((b: { id: string }) => b.id)).toEqual([first.body.id]);
    const created = await rowsOf(api, job.body.id, "&outcome=created");
    expect(new Set(created.map((r) => r.recordId)).size).toBe(29);
    const another = await api.call("GET", "/api/v1/beneficiaries?nationalId=KC300012");
    expect(another.body.items.map((b: { id: string }) => b.id)).toEqual([
      created.find((r: { row: number }) => r.row === 14)?.recordId,
    ]);
  });
});
