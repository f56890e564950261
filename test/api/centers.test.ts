import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aCenter } from "../support/fixtures.js";
import { deleteCurrent } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

describe("centers", () => {
  it("creates, reads, changes and deletes a center", async () => {
    const created = await api.call("POST", "/api/v1/centers", aCenter());
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/v1/centers/${created.body.id}`);
    expect(created.body).toMatchObject({ ...aCenter(), version: 1 });

    const read = await api.call("GET", `/api/v1/centers/${created.body.id}`);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get("etag")).toBe('"1"');

    const changed = await api.call(
      "PATCH",
      `/api/v1/centers/${created.body.id}`,
      { capacity: 55, status: "suspended" },
      { "if-match": '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ capacity: 55, status: "suspended", version: 2 });

    const stale = await api.call("PATCH", `/api/v1/centers/${created.body.id}`, { capacity: 60 }, { "if-match": "1" });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("precondition_failed");

    expect((await deleteCurrent(api.call, `/api/v1/centers/${created.body.id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/v1/centers/${created.body.id}`)).status).toBe(404);
  });

  it("refuses a province outside its region and a closing before the opening, naming the field", async () => {
    const answer = await api.call("POST", "/api/v1/centers", aCenter({ regionCode: "MA-01", closedOn: "2011-01-01" }));
    expect(answer.status).toBe(400);
    expect(answer.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["closedOn", "provinceCode"]);
  });
});
