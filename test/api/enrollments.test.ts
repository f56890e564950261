import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary, aCenter, aCooperative } from "../support/fixtures.js";
import { deleteCurrent } from "../support/requests.js";

let api: Awaited<ReturnType<typeof testApi>>;
let centerId: string;
let beneficiaryId: string;
beforeAll(async () => {
  api = await testApi();
  centerId = (await api.call("POST", "/api/v1/centers", aCenter())).body.id;
  beneficiaryId = (await api.call("POST", "/api/v1/beneficiaries", aBeneficiary())).body.id;
});

const enroll = (over: Record<string, unknown> = {}) =>
  api.call("POST", "/api/v1/enrollments", {
    beneficiaryId,
    centerId,
    service: "training",
    startDate: "2014-09-15",
    ...over,
  });

describe("enrollments", () => {
  it("links a beneficiary to a center and lists it from both sides", async () => {
    const created = await enroll({ endDate: "2015-06-30" });
    expect(created.status).toBe(201);
    const byCenter = await api.call("GET", `/api/v1/enrollments?centerId=${centerId}`);
    const byPerson = await api.call("GET", `/api/v1/enrollments?beneficiaryId=${beneficiaryId}`);
    expect(byCenter.body.items.map((e: { id: string }) => e.id)).toContain(created.body.id);
    expect(byPerson.body.items.map((e: { id: string }) => e.id)).toContain(created.body.id);
    const other = await api.call("GET", `/api/v1/enrollments?centerId=${centerId}&service=literacy`);
    expect(other.body.items).toEqual([]);
  });

  it("refuses a missing center or beneficiary with 422 on that field, writing nothing", async () => {
    const before = (await api.call("GET", `/api/v1/enrollments?beneficiaryId=${beneficiaryId}`)).body.items.length;
    const noCenter = await enroll({ centerId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" });
    expect(noCenter.status).toBe(422);
    expect(noCenter.body.error.issues[0].path).toBe("centerId");
    const noPerson = await enroll({ beneficiaryId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" });
    expect(noPerson.body.error.issues[0].path).toBe("beneficiaryId");
    expect((await api.call("GET", `/api/v1/enrollments?beneficiaryId=${beneficiaryId}`)).body.items).toHaveLength(
      before,
    );
  });

  it("validates service, dates and the order of dates", async () => {
    expect((await enroll({ service: "cooking" })).status).toBe(400);
    const backwards = await enroll({ endDate: "2014-01-01" });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.issues[0].path).toBe("endDate");
  });

  it("keeps who and where fixed: changing them is refused, ending is allowed", async () => {
    const e = (await enroll()).body;
    const moved = await api.call(
      "PATCH",
      `/api/v1/enrollments/${e.id}`,
      { centerId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" },
      { "if-match": "1" },
    );
    expect(moved.status).toBe(400);
    expect(moved.body.error.issues[0].path).toBe("centerId");
    const ended = await api.call(
      "PATCH",
      `/api/v1/enrollments/${e.id}`,
      { endDate: "2016-01-31" },
      { "if-match": "1" },
    );
    expect(ended.body).toMatchObject({ endDate: "2016-01-31", version: 2 });
  });

  it("refuses to delete a center with enrollments, then allows it once they are gone", async () => {
    const center = (await api.call("POST", "/api/v1/centers", aCenter({ name: "Centre à fermer" }))).body;
    const e = (await enroll({ centerId: center.id })).body;
    expect((await deleteCurrent(api.call, `/api/v1/centers/${center.id}`)).status).toBe(409);
    expect((await deleteCurrent(api.call, `/api/v1/enrollments/${e.id}`)).status).toBe(204);
    expect((await deleteCurrent(api.call, `/api/v1/centers/${center.id}`)).status).toBe(204);
  });
});

describe("cooperatives", () => {
  it("creates, filters and refuses bad ones", async () => {
    const origin = (await api.call("POST", "/api/v1/centers", aCenter({ type: "education_training" }))).body;
    const coop = await api.call("POST", "/api/v1/cooperatives", aCooperative({ originCenterId: origin.id }));
    expect(coop.status).toBe(201);
    await api.call("POST", "/api/v1/cooperatives", aCooperative({ kind: "association", foundedByGraduates: false }));
    const graduates = await api.call("GET", "/api/v1/cooperatives?provinceCode=MA-AGD&foundedByGraduates=true");
    expect(graduates.body.items.map((c: { id: string }) => c.id)).toEqual([coop.body.id]);
    expect((await deleteCurrent(api.call, `/api/v1/centers/${origin.id}`)).status).toBe(409);
    for (const [field, change] of [
      ["members", { members: 0 }],
      ["sector", { sector: "mining" }],
      ["foundedOn", { foundedOn: "2999-01-01" }],
      ["foundedByGraduates", { foundedByGraduates: "yes" }],
    ] as const) {
      const answer = await api.call("POST", "/api/v1/cooperatives", aCooperative(change));
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.issues[0].path).toBe(field);
    }
    const noOrigin = await api.call(
      "POST",
      "/api/v1/cooperatives",
      aCooperative({ originCenterId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" }),
    );
    expect(noOrigin.status).toBe(422);
  });
});
