import { describe, expect, it } from "vitest";
import { fakeFetch } from "./api/fakeFetch";
import { must } from "./common/must";
import { createDataProvider } from "./dataProvider";

const center = (id: string, version = 1) => ({
  id,
  version,
  name: `Centre ${id}`,
  createdAt: "2024-01-01T00:00:00Z",
  updatedAt: "2024-01-01T00:00:00Z",
});
const page = (ids: string[], nextCursor: string | null) => ({ items: ids.map((id) => center(id)), nextCursor });
const listParams = (page: number, filter: object = {}) => ({
  pagination: { page, perPage: 2 },
  sort: { field: "id", order: "ASC" as const },
  filter,
});

describe("the data provider's requests and answers", () => {
  it("asks a list with the page size as limit and the filters, dropping empty ones", async () => {
    const { fetch, requests } = fakeFetch([["GET", /\/api\/v1\/centers\?/, { body: page(["A", "B"], "c2") }]]);
    const provider = createDataProvider({ fetch, apiUrl: "https://api.example.ma" });
    const result = await provider.getList(
      "centers",
      listParams(1, { regionCode: "MA-06", provinceCode: "", type: undefined }),
    );
    expect(must(requests[0], "the first request").url).toBe(
      "https://api.example.ma/api/v1/centers?regionCode=MA-06&limit=2",
    );
    expect(result).toEqual({
      data: [center("A"), center("B")],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
  });

  it("gives the last page's total, known once the cursors run out", async () => {
    const { fetch } = fakeFetch([
      ["GET", /cursor=c2/, { body: page(["C"], null) }],
      ["GET", /\/api\/v1\/centers\?/, { body: page(["A", "B"], "c2") }],
    ]);
    const provider = createDataProvider({ fetch });
    await provider.getList("centers", listParams(1));
    const last = await provider.getList("centers", listParams(2));
    expect(last).toEqual({ data: [center("C")], pageInfo: { hasNextPage: false, hasPreviousPage: true }, total: 3 });
  });

  it("sends the record's version as If-Match and only the changed fields, null for an emptied one", async () => {
    const { fetch, requests } = fakeFetch([["PATCH", /\/api\/v1\/centers\/A$/, { body: center("A", 4) }]]);
    const provider = createDataProvider({ fetch });
    const previousData = {
      ...center("A", 3),
      capacity: 40,
      closedOn: "2020-01-01",
      location: { lat: 33.5, lng: -7.6 },
    };
    await provider.update("centers", {
      id: "A",
      data: { ...previousData, capacity: 45, closedOn: "", location: { lat: 33.5, lng: -7.6 } },
      previousData,
    });
    expect(must(requests[0], "the first request").headers["if-match"]).toBe("3");
    expect(must(requests[0], "the first request").body).toEqual({ capacity: 45, closedOn: null });
  });

  it("creates without system fields or empty inputs", async () => {
    const { fetch, requests } = fakeFetch([["POST", /\/api\/v1\/centers$/, { status: 201, body: center("N") }]]);
    const provider = createDataProvider({ fetch });
    const { data } = await provider.create("centers", {
      data: { name: "Centre N", managedBy: "", location: { lat: null, lng: null }, id: "x" },
    });
    expect(must(requests[0], "the first request").body).toEqual({ name: "Centre N" });
    expect(data.id).toBe("N");
  });

  it("turns the API's field issues into react-admin's errors, so the form marks each field", async () => {
    const issues = [
      { path: "closedOn", message: "closedOn is before openedOn" },
      { path: "location.lat", message: "Latitude outside Morocco" },
    ];
    const { fetch } = fakeFetch([
      [
        "POST",
        /centers/,
        { status: 400, body: { error: { code: "validation_failed", message: "The body is not valid", issues } } },
      ],
    ]);
    const provider = createDataProvider({ fetch });
    const error = await provider.create("centers", { data: { name: "x" } }).catch((e) => e);
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({
      closedOn: "closedOn is before openedOn",
      "location.lat": "Latitude outside Morocco",
    });
  });

  it("explains a stale version (412) in the administrator's language, and keeps a conflict's own message (409)", async () => {
    const { fetch } = fakeFetch([
      [
        "PATCH",
        /centers/,
        { status: 412, body: { error: { code: "precondition_failed", message: "changed", issues: [] } } },
      ],
      [
        "DELETE",
        /centers/,
        {
          status: 409,
          body: { error: { code: "conflict", message: "This center is still referenced by 2 records", issues: [] } },
        },
      ],
    ]);
    const provider = createDataProvider({ fetch });
    const stale = await provider
      .update("centers", { id: "A", data: { name: "B" }, previousData: center("A") })
      .catch((e) => e);
    expect(stale.message).toBe("entraide.errors.stale_version");
    const referenced = await provider.delete("centers", { id: "A", previousData: center("A", 2) }).catch((e) => e);
    expect(referenced.message).toBe("This center is still referenced by 2 records");
  });

  it("deletes only a version it has seen: If-Match from the record shown, or each record's current one for a batch", async () => {
    const { fetch, requests } = fakeFetch([
      ["GET", /\/api\/v1\/centers\/[BC]$/, (request) => ({ body: center(request.url.slice(-1), 7) })],
      ["DELETE", /\/api\/v1\/centers\/[ABC]$/, { status: 204 }],
    ]);
    const provider = createDataProvider({ fetch });
    await provider.delete("centers", { id: "A", previousData: center("A", 3) });
    await provider.deleteMany("centers", { ids: ["B", "C"] });
    const deletes = requests.filter((r) => r.method === "DELETE");
    expect(deletes.map((r) => [r.url, r.headers["if-match"]])).toEqual([
      ["/api/v1/centers/A", "3"],
      ["/api/v1/centers/B", "7"],
      ["/api/v1/centers/C", "7"],
    ]);
  });

  it("reads many records by parallel GETs and a beneficiary's enrollments by its filter", async () => {
    const { fetch, requests } = fakeFetch([
      ["GET", /\/api\/v1\/centers\/[AB]$/, (request) => ({ body: center(request.url.slice(-1)) })],
      ["GET", /\/api\/v1\/enrollments\?/, { body: { items: [], nextCursor: null } }],
    ]);
    const provider = createDataProvider({ fetch });
    expect((await provider.getMany("centers", { ids: ["A", "B"] })).data.map((c) => c.id)).toEqual(["A", "B"]);
    await provider.getManyReference("enrollments", { target: "beneficiaryId", id: "P1", ...listParams(1) });
    expect(requests.map((r) => r.url)).toEqual([
      "/api/v1/centers/A",
      "/api/v1/centers/B",
      "/api/v1/enrollments?beneficiaryId=P1&limit=2",
    ]);
  });

  it("asks for the API's messages in the console's language", async () => {
    const { fetch, requests } = fakeFetch([["GET", /centers\/A/, { body: center("A") }]]);
    let locale = "ar";
    const provider = createDataProvider({ fetch, getLocale: () => locale });
    await provider.getOne("centers", { id: "A" });
    locale = "fr";
    await provider.getOne("centers", { id: "A" });
    expect(requests.map((r) => r.headers["accept-language"])).toEqual(["ar", "fr"]);
  });

  it("sends the bearer token when one is stored, and none otherwise", async () => {
    const { fetch, requests } = fakeFetch([["GET", /centers\/A/, { body: center("A") }]]);
    let token: string | undefined;
    const provider = createDataProvider({ fetch, getToken: () => token });
    await provider.getOne("centers", { id: "A" });
    token = "t0k3n";
    await provider.getOne("centers", { id: "A" });
    expect(requests.map((r) => r.headers.authorization)).toEqual([undefined, "Bearer t0k3n"]);
  });

  it("hosts a cooperative, ends a hosting with If-Match, and reads the bilan only when it exists", async () => {
    const { fetch, requests } = fakeFetch([
      [
        "POST",
        /marketplace-spaces\/S\/hosts$/,
        {
          status: 409,
          body: { error: { code: "conflict", message: "All 3 stalls of this space are taken", issues: [] } },
        },
      ],
      ["PATCH", /marketplace-spaces\/S\/hosts\/H$/, { body: { id: "H", version: 2 } }],
      [
        "GET",
        /indicators\/2025$/,
        { body: { year: 2025, computedAt: "2026-01-02T00:00:00Z", values: { "centers.active": 3 } } },
      ],
    ]);
    const provider = createDataProvider({ fetch });
    const full = await provider.hostCooperative("S", { cooperativeId: "C", from: "2025-01-01" }).catch((e) => e);
    expect(full.message).toBe("All 3 stalls of this space are taken");
    await provider.endHosting("S", { id: "H", version: 1 }, "2025-06-30");
    expect(requests[1]).toMatchObject({ body: { to: "2025-06-30" }, headers: { "if-match": "1" } });
    expect(await provider.getIndicators(2024)).toBeNull();
    expect((await provider.getIndicators(2025))?.values["centers.active"]).toBe(3);
  });
  it("hands a list's first page asked for early to the list's own request, without asking twice", async () => {
    const { fetch, requests } = fakeFetch([["GET", /\/api\/v1\/centers\?/, { body: page(["A", "B"], null) }]]);
    const provider = createDataProvider({ fetch, apiUrl: "" });
    provider.startFirstPage("centers", 2);
    const result = await provider.getList("centers", listParams(1));
    expect(requests.map((request) => request.url)).toEqual(["/api/v1/centers?limit=2"]);
    expect(result.data).toEqual([center("A"), center("B")]);
    // Only once: the next visit of the list asks the API again.
    await provider.getList("centers", listParams(1));
    expect(requests).toHaveLength(2);
  });
});
