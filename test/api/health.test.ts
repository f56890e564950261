import type { DemoDataState } from "@entraide/core/glossary/local-server";
import { describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";

describe("GET /api/health", () => {
  it("answers without credentials, and says nothing of demo data where there is none (AWS)", async () => {
    const api = await testApi();
    const answer = await api.call("GET", "/api/health", undefined, { authorization: "" });
    expect(answer).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(answer.body).not.toHaveProperty("demoData");
  });

  it("tells whether npm start's demo data is loading or ready", async () => {
    let state: DemoDataState = "loading";
    const api = await testApi({ demoData: () => state });
    expect((await api.call("GET", "/api/health", undefined, { authorization: "" })).body).toEqual({
      status: "ok",
      demoData: "loading",
    });
    state = "ready";
    expect((await api.call("GET", "/api/health", undefined, { authorization: "" })).body).toEqual({
      status: "ok",
      demoData: "ready",
    });
  });

  it("is declared in the OpenAPI document, public, with its states", async () => {
    const api = await testApi();
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    const operation = doc.paths["/api/health"].get;
    expect(operation).toMatchObject({ operationId: "getHealth", security: [], "x-permission": { public: true } });
    expect(Object.keys(operation.responses).sort()).toEqual(["200", "503"]);
    expect(doc.components.schemas.Health.properties.demoData.enum).toEqual(["loading", "ready"]);
  });
});
