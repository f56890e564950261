import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aCenter } from "../support/fixtures.js";
import { created, deleteCurrent, issuePaths } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const aCell = (over: Record<string, unknown> = {}) => ({
  regionCode: "MA-05",
  provinceCode: "MA-AZI",
  establishedOn: "2019-11-15",
  members: 9,
  ...over,
});

const create = (path: string, body: unknown) => created(api.call, path, body);
const paths = issuePaths;

describe("vigilance cells", () => {
  it("creates, reads, changes and deletes a cell", async () => {
    const cell = await create("/api/v1/vigilance-cells", aCell({ provinceCode: "MA-KHN" }));
    expect(cell).toMatchObject({ provinceCode: "MA-KHN", members: 9, version: 1 });
    expect((await api.call("GET", `/api/v1/vigilance-cells/${cell.id}`)).body).toEqual(cell);
    expect(
      (await api.call("PATCH", `/api/v1/vigilance-cells/${cell.id}`, { members: 11 }, { "if-match": "1" })).body
        .members,
    ).toBe(11);
    expect((await deleteCurrent(api.call, `/api/v1/vigilance-cells/${cell.id}`)).status).toBe(204);
    // Deleting an active cell frees its province.
    expect((await api.call("POST", "/api/v1/vigilance-cells", aCell({ provinceCode: "MA-KHN" }))).status).toBe(201);
  });

  it("refuses a province outside its region, a dissolution before establishment, no members", async () => {
    const misplaced = await api.call(
      "POST",
      "/api/v1/vigilance-cells",
      aCell({ regionCode: "MA-01", dissolvedOn: "2019-01-01" }),
    );
    expect(misplaced.status).toBe(400);
    expect(paths(misplaced)).toEqual(["dissolvedOn", "provinceCode"]);
    expect(paths(await api.call("POST", "/api/v1/vigilance-cells", aCell({ members: 0 })))).toEqual(["members"]);
  });

  it("keeps one active cell per province: dissolving frees it, reviving takes it back", async () => {
    const first = await create("/api/v1/vigilance-cells", aCell({ provinceCode: "MA-FQH" }));
    const second = await api.call("POST", "/api/v1/vigilance-cells", aCell({ provinceCode: "MA-FQH" }));
    expect(second.status).toBe(409);
    expect(paths(second)).toEqual(["provinceCode"]);
    // A dissolved cell may be recorded beside the active one.
    const past = await create(
      "/api/v1/vigilance-cells",
      aCell({ provinceCode: "MA-FQH", establishedOn: "2010-01-01", dissolvedOn: "2015-01-01" }),
    );

    const dissolved = await api.call(
      "PATCH",
      `/api/v1/vigilance-cells/${first.id}`,
      { dissolvedOn: "2023-06-30" },
      { "if-match": "1" },
    );
    expect(dissolved.status).toBe(200);
    const successor = await create(
      "/api/v1/vigilance-cells",
      aCell({ provinceCode: "MA-FQH", establishedOn: "2023-07-01" }),
    );

    const revived = await api.call(
      "PATCH",
      `/api/v1/vigilance-cells/${past.id}`,
      { dissolvedOn: null },
      { "if-match": "1" },
    );
    expect(revived.status).toBe(409);
    const moved = await api.call(
      "PATCH",
      `/api/v1/vigilance-cells/${successor.id}`,
      { provinceCode: "MA-KHO" },
      { "if-match": "1" },
    );
    expect(moved.status).toBe(200);
    expect(
      (await api.call("PATCH", `/api/v1/vigilance-cells/${past.id}`, { dissolvedOn: null }, { "if-match": "1" }))
        .status,
    ).toBe(200);
  });

  it("lets exactly one of many concurrent requests open the province's active cell", async () => {
    const answers = await Promise.all(
      Array.from({ length: 15 }, () =>
        api.call("POST", "/api/v1/vigilance-cells", aCell({ regionCode: "MA-08", provinceCode: "MA-ERR" })),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(14);
    expect((await api.call("GET", "/api/v1/vigilance-cells?provinceCode=MA-ERR")).body.items).toHaveLength(1);

    // Reviving many dissolved cells at once: one wins.
    const dissolved = [];
    for (let i = 0; i < 10; i++)
      dissolved.push(
        await create(
          "/api/v1/vigilance-cells",
          aCell({ regionCode: "MA-08", provinceCode: "MA-MID", dissolvedOn: "2020-01-01" }),
        ),
      );
    const revivals = await Promise.all(
      dissolved.map((c) =>
        api.call("PATCH", `/api/v1/vigilance-cells/${c.id}`, { dissolvedOn: null }, { "if-match": "1" }),
      ),
    );
    expect(revivals.filter((a) => a.status === 200)).toHaveLength(1);
    expect(revivals.filter((a) => a.status === 409)).toHaveLength(9);
  });

  it("lists by region, province and activity, a page at a time", async () => {
    const own = await testApi();
    const post = (body: unknown) => own.call("POST", "/api/v1/vigilance-cells", body);
    await post(aCell());
    await post(aCell({ establishedOn: "2012-01-01", dissolvedOn: "2018-01-01" }));
    await post(aCell({ provinceCode: "MA-BEM" }));
    await post(aCell({ regionCode: "MA-06", provinceCode: "MA-CAS" }));
    const provinces = async (query: string) =>
      (await own.call("GET", `/api/v1/vigilance-cells?${query}`)).body.items
        .map((c: { provinceCode: string }) => c.provinceCode)
        .sort();

    expect(await provinces("regionCode=MA-05")).toEqual(["MA-AZI", "MA-AZI", "MA-BEM"]);
    expect(await provinces("regionCode=MA-05&active=true")).toEqual(["MA-AZI", "MA-BEM"]);
    expect(await provinces("active=false")).toEqual(["MA-AZI"]);
    expect(await provinces("provinceCode=MA-AZI&active=true")).toEqual(["MA-AZI"]);
    expect(await provinces("provinceCode=MA-CAS&regionCode=MA-05")).toEqual([]);
    expect((await own.call("GET", "/api/v1/vigilance-cells?active=yes")).status).toBe(400);

    const page = await own.call("GET", "/api/v1/vigilance-cells?active=true&limit=2");
    const rest = await own.call("GET", `/api/v1/vigilance-cells?active=true&limit=2&cursor=${page.body.nextCursor}`);
    expect([...page.body.items, ...rest.body.items]).toHaveLength(3);
    expect(rest.body.nextCursor).toBeNull();
  });
});

describe("vigilance alerts", () => {
  it("reports, lists, follows up and deletes alerts; a referral names an existing center", async () => {
    const cell = await create("/api/v1/vigilance-cells", aCell());
    const center = await create("/api/v1/centers", aCenter({ type: "social_protection" }));
    const base = `/api/v1/vigilance-cells/${cell.id}/alerts`;
    const cold = { date: "2024-01-10", kind: "cold_wave", description: "Personne sans abri par -4 °C", status: "open" };

    const reported = await api.call("POST", base, cold);
    expect(reported.status).toBe(201);
    expect(reported.headers.get("location")).toBe(`${base}/${reported.body.id}`);
    expect(reported.body).toMatchObject({ ...cold, cellId: cell.id, version: 1 });

    const unnamed = await api.call("POST", base, { ...cold, status: "referred" });
    expect(unnamed.status).toBe(400);
    expect(paths(unnamed)).toEqual(["referredCenterId"]);
    const ghost = await api.call("POST", base, { ...cold, status: "referred", referredCenterId: cell.id });
    expect(ghost.status).toBe(422);
    expect(paths(ghost)).toEqual(["referredCenterId"]);
    expect(paths(await api.call("POST", base, { ...cold, kind: "flood" }))).toEqual(["kind"]);
    expect((await api.call("POST", `/api/v1/vigilance-cells/${center.id}/alerts`, cold)).status).toBe(404);

    const abuse = await create(base, {
      date: "2024-01-12",
      kind: "abuse",
      description: "Enfant signalé par l'école",
      status: "referred",
      referredCenterId: center.id,
    });
    expect((await deleteCurrent(api.call, `/api/v1/centers/${center.id}`)).status).toBe(409);

    const id = reported.body.id;
    expect((await api.call("PATCH", `${base}/${id}`, { status: "referred" }, { "if-match": "1" })).status).toBe(400);
    expect((await api.call("PATCH", `${base}/${id}`, { kind: "abuse" }, { "if-match": "1" })).status).toBe(400);
    expect((await api.call("PATCH", `${base}/${id}`, { status: "closed" })).status).toBe(428);
    const referred = await api.call(
      "PATCH",
      `${base}/${id}`,
      { status: "referred", referredCenterId: center.id },
      { "if-match": "1" },
    );
    expect(referred.body).toMatchObject({ status: "referred", referredCenterId: center.id, version: 2 });
    expect((await api.call("PATCH", `${base}/${id}`, { status: "closed" }, { "if-match": "1" })).status).toBe(412);
    const closed = await api.call(
      "PATCH",
      `${base}/${id}`,
      { status: "closed", description: "Hébergé au centre", referredCenterId: null },
      { "if-match": "2" },
    );
    expect(closed.body).toMatchObject({ status: "closed", description: "Hébergé au centre", version: 3 });
    expect(closed.body).not.toHaveProperty("referredCenterId");

    expect((await api.call("GET", `${base}?status=referred`)).body.items.map((a: { id: string }) => a.id)).toEqual([
      abuse.id,
    ]);
    expect((await api.call("GET", `${base}?status=closed`)).body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const page = await api.call("GET", `${base}?limit=1`);
    const rest = await api.call("GET", `${base}?limit=1&cursor=${page.body.nextCursor}`);
    expect([page.body.items[0].id, rest.body.items[0].id]).toEqual([id, abuse.id]);
    expect(rest.body.nextCursor).toBeNull();

    // A cell with alerts keeps them: it can be dissolved, not deleted.
    expect((await deleteCurrent(api.call, `/api/v1/vigilance-cells/${cell.id}`)).status).toBe(409);
    expect((await deleteCurrent(api.call, `${base}/${abuse.id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `/api/v1/centers/${center.id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `${base}/${id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `/api/v1/vigilance-cells/${cell.id}`)).status).toBe(204);
  });
});
