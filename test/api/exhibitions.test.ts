// The app first: it teaches zod the OpenAPI methods before any schema is built.
import "../../packages/functions/src/api/app.js";

import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { systemCaller } from "@entraide/core/caller";
import { putItemOp, writeAll } from "@entraide/core/entity";
import { exhibitions } from "@entraide/core/exhibition";
import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aCooperative } from "../support/fixtures.js";
import { created, deleteCurrent, issuePaths } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const anExhibition = (over: Record<string, unknown> = {}) => ({
  name: "Salon régional de l'économie sociale",
  scope: "regional",
  regionCode: "MA-09",
  provinceCode: "MA-AGD",
  startDate: "2024-04-10",
  endDate: "2024-04-20",
  ...over,
});

const create = (path: string, body: unknown) => created(api.call, path, body);
const paths = issuePaths;

describe("exhibitions", () => {
  it("creates, reads, changes and deletes an exhibition", async () => {
    const exhibition = await create("/api/v1/exhibitions", anExhibition());
    expect(exhibition).toMatchObject({ ...anExhibition(), version: 1 });
    const read = await api.call("GET", `/api/v1/exhibitions/${exhibition.id}`);
    expect(read.body).toEqual(exhibition);
    expect(read.headers.get("etag")).toBe('"1"');

    const missing = await api.call("PATCH", `/api/v1/exhibitions/${exhibition.id}`, { endDate: "2024-04-21" });
    expect(missing.status).toBe(428);
    const changed = await api.call(
      "PATCH",
      `/api/v1/exhibitions/${exhibition.id}`,
      { endDate: "2024-04-21" },
      { "if-match": '"1"' },
    );
    expect(changed.body).toMatchObject({ endDate: "2024-04-21", version: 2 });
    expect(
      (await api.call("PATCH", `/api/v1/exhibitions/${exhibition.id}`, { name: "Autre" }, { "if-match": "1" })).status,
    ).toBe(412);

    expect((await deleteCurrent(api.call, `/api/v1/exhibitions/${exhibition.id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/v1/exhibitions/${exhibition.id}`)).status).toBe(404);
  });

  it("refuses a province outside its region, an end before the start, an unknown scope or field", async () => {
    const misplaced = await api.call(
      "POST",
      "/api/v1/exhibitions",
      anExhibition({ regionCode: "MA-01", endDate: "2024-04-01" }),
    );
    expect(misplaced.status).toBe(400);
    expect(paths(misplaced)).toEqual(["endDate", "provinceCode"]);
    const unknown = await api.call("POST", "/api/v1/exhibitions", anExhibition({ scope: "galactic", stands: 3 }));
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(["scope", "stands"]);
  });

  it("lists by province, region and scope, a page at a time", async () => {
    // A table of its own, so the counts below are exact.
    const own = await testApi();
    const call = (path: string) => own.call("GET", path);
    for (const scope of ["local", "national", "national"])
      await own.call("POST", "/api/v1/exhibitions", anExhibition({ scope }));
    await own.call(
      "POST",
      "/api/v1/exhibitions",
      anExhibition({ regionCode: "MA-06", provinceCode: "MA-CAS", scope: "international" }),
    );

    const national = await call("/api/v1/exhibitions?scope=national");
    expect(national.body.items.map((e: { scope: string }) => e.scope)).toEqual(["national", "national"]);
    expect((await call("/api/v1/exhibitions?provinceCode=MA-AGD")).body.items).toHaveLength(3);
    expect(
      (await call("/api/v1/exhibitions?regionCode=MA-06")).body.items.map((e: { scope: string }) => e.scope),
    ).toEqual(["international"]);
    expect((await call("/api/v1/exhibitions?regionCode=MA-06&provinceCode=MA-AGD")).body.items).toEqual([]);

    const first = await call("/api/v1/exhibitions?limit=3");
    expect(first.body.items).toHaveLength(3);
    const second = await call(`/api/v1/exhibitions?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(second.body.items).toHaveLength(1);
    expect((await call("/api/v1/exhibitions?limit=101")).status).toBe(400);
  });
});

describe("exhibition participants", () => {
  it("adds a cooperative once, lists, changes and removes it, and blocks deletions meanwhile", async () => {
    const exhibition = await create("/api/v1/exhibitions", anExhibition());
    const cooperative = await create("/api/v1/cooperatives", aCooperative());
    const base = `/api/v1/exhibitions/${exhibition.id}/participants`;

    const added = await api.call("POST", base, { cooperativeId: cooperative.id, salesMad: 12500 });
    expect(added.status).toBe(201);
    expect(added.headers.get("location")).toBe(`${base}/${cooperative.id}`);
    expect(added.body).toMatchObject({
      exhibitionId: exhibition.id,
      cooperativeId: cooperative.id,
      salesMad: 12500,
      exhibitionStartDate: "2024-04-10",
      version: 1,
    });

    const again = await api.call("POST", base, { cooperativeId: cooperative.id });
    expect(again.status).toBe(409);
    expect(paths(again)).toEqual(["cooperativeId"]);

    expect((await api.call("GET", `/api/v1/exhibitions/${exhibition.id}`)).body.participantCount).toBe(1);
    expect((await api.call("GET", base)).body).toEqual({ items: [added.body], nextCursor: null });
    expect((await api.call("GET", `${base}/${cooperative.id}`)).body).toEqual(added.body);

    const sales = await api.call("PATCH", `${base}/${cooperative.id}`, { salesMad: 14000 }, { "if-match": '"1"' });
    expect(sales.body).toMatchObject({ salesMad: 14000, version: 2 });
    expect(
      (await api.call("PATCH", `${base}/${cooperative.id}`, { cooperativeId: exhibition.id }, { "if-match": '"2"' }))
        .status,
    ).toBe(400);

    // Both sides of the participation are referenced by it.
    expect((await deleteCurrent(api.call, `/api/v1/exhibitions/${exhibition.id}`)).status).toBe(409);
    expect((await deleteCurrent(api.call, `/api/v1/cooperatives/${cooperative.id}`)).status).toBe(409);

    expect((await deleteCurrent(api.call, `${base}/${cooperative.id}`)).status).toBe(204);
    expect((await api.call("GET", `${base}/${cooperative.id}`)).status).toBe(404);
    expect((await api.call("GET", `/api/v1/exhibitions/${exhibition.id}`)).body.participantCount).toBe(0);
    expect((await deleteCurrent(api.call, `/api/v1/cooperatives/${cooperative.id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `/api/v1/exhibitions/${exhibition.id}`)).status).toBe(204);
  });

  it("refuses an unknown cooperative (422), an unknown exhibition (404) and negative sales (400)", async () => {
    const exhibition = await create("/api/v1/exhibitions", anExhibition());
    const cooperative = await create("/api/v1/cooperatives", aCooperative());
    const ghost = await api.call("POST", `/api/v1/exhibitions/${exhibition.id}/participants`, {
      cooperativeId: exhibition.id,
    });
    expect(ghost.status).toBe(422);
    expect(paths(ghost)).toEqual(["cooperativeId"]);
    expect(
      (await api.call("POST", `/api/v1/exhibitions/${cooperative.id}/participants`, { cooperativeId: cooperative.id }))
        .status,
    ).toBe(404);
    expect((await api.call("GET", `/api/v1/exhibitions/${cooperative.id}/participants`)).status).toBe(404);
    const negative = await api.call("POST", `/api/v1/exhibitions/${exhibition.id}/participants`, {
      cooperativeId: cooperative.id,
      salesMad: -1,
    });
    expect(negative.status).toBe(400);
    expect(paths(negative)).toEqual(["salesMad"]);
    expect((await api.call("GET", `/api/v1/exhibitions/${exhibition.id}/participants`)).body.items).toEqual([]);
  });

  it("lets exactly one of many concurrent requests add the same cooperative", async () => {
    const exhibition = await create("/api/v1/exhibitions", anExhibition());
    const cooperative = await create("/api/v1/cooperatives", aCooperative());
    const answers = await Promise.all(
      Array.from({ length: 15 }, () =>
        api.call("POST", `/api/v1/exhibitions/${exhibition.id}/participants`, { cooperativeId: cooperative.id }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(14);
    expect((await api.call("GET", `/api/v1/exhibitions/${exhibition.id}/participants`)).body.items).toHaveLength(1);
    expect((await api.call("GET", `/api/v1/exhibitions/${exhibition.id}`)).body.participantCount).toBe(1);
  });

  it("pages through participants and lists a cooperative's exhibitions, oldest first", async () => {
    const spring = await create("/api/v1/exhibitions", anExhibition());
    const winter = await create(
      "/api/v1/exhibitions",
      anExhibition({ name: "Salon national", scope: "national", startDate: "2023-12-01", endDate: "2023-12-10" }),
    );
    const cooperatives = [];
    for (let i = 0; i < 3; i++)
      cooperatives.push(await create("/api/v1/cooperatives", aCooperative({ name: `Coopérative ${i}` })));
    for (const c of cooperatives)
      await create(`/api/v1/exhibitions/${spring.id}/participants`, { cooperativeId: c.id });
    await create(`/api/v1/exhibitions/${winter.id}/participants`, { cooperativeId: cooperatives[0].id, salesMad: 800 });

    const first = await api.call("GET", `/api/v1/exhibitions/${spring.id}/participants?limit=2`);
    const second = await api.call(
      "GET",
      `/api/v1/exhibitions/${spring.id}/participants?limit=2&cursor=${first.body.nextCursor}`,
    );
    const seen = [...first.body.items, ...second.body.items].map((p: { cooperativeId: string }) => p.cooperativeId);
    expect(seen.sort()).toEqual(cooperatives.map((c) => c.id).sort());
    expect(second.body.nextCursor).toBeNull();

    const taken = await api.call("GET", `/api/v1/cooperatives/${cooperatives[0].id}/exhibitions`);
    expect(taken.body.items.map((p: { exhibition: { name: string } }) => p.exhibition.name)).toEqual([
      "Salon national",
      anExhibition().name,
    ]);
    expect(taken.body.items[0]).toMatchObject({
      exhibitionId: winter.id,
      salesMad: 800,
      exhibitionStartDate: "2023-12-01",
    });
    expect((await api.call("GET", `/api/v1/cooperatives/${spring.id}/exhibitions`)).status).toBe(404);
  });

  it("stores participations for the bilan and keeps their start date true", async () => {
    const exhibition = await create("/api/v1/exhibitions", anExhibition());
    const cooperative = await create("/api/v1/cooperatives", aCooperative());
    await create(`/api/v1/exhibitions/${exhibition.id}/participants`, { cooperativeId: cooperative.id, salesMad: 300 });
    const { Item } = await api.db.doc.send(
      new GetCommand({
        TableName: api.db.tableName,
        Key: { pk: `EXHIBITION#${exhibition.id}`, sk: `PARTICIPANT#${cooperative.id}` },
      }),
    );
    expect(Item).toMatchObject({
      entity: "EXHIBITION_PARTICIPATION",
      exhibitionId: exhibition.id,
      cooperativeId: cooperative.id,
      salesMad: 300,
      exhibitionStartDate: "2024-04-10",
    });

    const moved = await api.call(
      "PATCH",
      `/api/v1/exhibitions/${exhibition.id}`,
      { startDate: "2024-04-01" },
      { "if-match": "1" },
    );
    expect(moved.status).toBe(409);
    expect(paths(moved)).toEqual(["startDate"]);
    // Even a write that skipped that check (a participant joined after its read) is refused by the table.
    const stored = await exhibitions.get(api.db, systemCaller, exhibition.id);
    await expect(
      writeAll(api.db, [
        putItemOp(exhibitions.def, { ...stored, startDate: "2024-04-01", version: 2 } as typeof stored, 1),
      ]),
    ).rejects.toMatchObject({ code: "precondition_failed" });
    expect(
      (await api.call("PATCH", `/api/v1/exhibitions/${exhibition.id}`, { endDate: "2024-04-30" }, { "if-match": "1" }))
        .status,
    ).toBe(200);
  });

  it("documents its routes in the OpenAPI description", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/exhibitions",
        "/api/v1/exhibitions/{id}",
        "/api/v1/exhibitions/{id}/participants",
        "/api/v1/exhibitions/{id}/participants/{cooperativeId}",
        "/api/v1/cooperatives/{id}/exhibitions",
      ]),
    );
  });
});
