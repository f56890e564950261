// First, on its own: the HTTP layer teaches zod `.openapi()` before any schema below is built.
import "../../packages/functions/src/api/crud.js";

import { Center, CenterListQuery, centers, listCenters } from "@entraide/core/center";
import { Grant, listGrants } from "@entraide/core/grant";
import { beforeAll, describe, expect, it } from "vitest";
import { apiDocument } from "../../packages/client/scripts/document.js";
import { crudRegistry } from "../../packages/functions/src/api/crud.js";
import { registries } from "../../packages/functions/src/api/routes/registries.js";

/**
 * The registries' routes are derived from one list, and their handlers are
 * typed from their schemas: a registry described with another one's list
 * function or record schema does not compile (`npm run typecheck` checks the
 * `@ts-expect-error` lines below: each must be an error).
 */
type Operation = { "x-permission"?: { scope?: string } };
let paths: Record<string, Record<string, Operation>>;
beforeAll(async () => {
  paths = (await apiDocument()).paths as typeof paths;
});

describe("the registries' routes", () => {
  it("are five operations a registry, each needing the registry's own read or write right", () => {
    for (const { path } of registries) {
      const [list, one] = [paths[`/api/v1/${path}`] ?? {}, paths[`/api/v1/${path}/{id}`] ?? {}];
      expect([Object.keys(list).sort(), Object.keys(one).sort()]).toEqual([
        ["get", "post"],
        ["delete", "get", "patch"],
      ]);
      const scopes = [list.get, list.post, one.get, one.patch, one.delete].map((op) => op?.["x-permission"]?.scope);
      expect(scopes).toEqual([`${path}:read`, `${path}:write`, `${path}:read`, `${path}:write`, `${path}:write`]);
    }
  });

  it("come in the list's order, each registry's other routes right after its own", () => {
    const all = Object.keys(paths);
    const firsts = registries.map((r) => all.indexOf(`/api/v1/${r.path}`));
    expect(firsts.every((index) => index >= 0)).toBe(true);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    // `cooperatives/{id}/exhibitions` is filed with cooperatives, before the next registry.
    const cooperatives = registries.findIndex((r) => r.path === "cooperatives");
    const exhibitionsOfOne = all.indexOf("/api/v1/cooperatives/{id}/exhibitions");
    expect(exhibitionsOfOne).toBeGreaterThan(firsts[cooperatives] ?? Infinity);
    expect(exhibitionsOfOne).toBeLessThan(firsts[cooperatives + 1] ?? -1);
  });

  it("refuses, when compiled, a registry described with another one's list or record", () => {
    const wrongList = crudRegistry({
      path: "centers",
      tag: "Centers",
      repository: centers,
      record: Center,
      listQuery: CenterListQuery,
      // @ts-expect-error grants' list takes grants' query and gives grants
      list: listGrants,
    });
    const wrongRecord = crudRegistry({
      path: "centers",
      tag: "Centers",
      repository: centers,
      // @ts-expect-error a grant is not what the centers' repository gives
      record: Grant,
      listQuery: CenterListQuery,
      list: listCenters,
    });
    expect([wrongList.path, wrongRecord.path]).toEqual(["centers", "centers"]);
  });
});
