import { systemCaller } from "@entraide/core/caller";
import { centers } from "@entraide/core/center";
import { DomainError } from "@entraide/core/errors";
import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { testDb } from "../support/db.js";
import { aCenter } from "../support/fixtures.js";

/**
 * A body is validated once on its way to the table: the route's validator parses it with the
 * registry's own schemas (`createSchema`, `patchSchema`) and hands core what they gave, which core's
 * `createValid`/`updateValid` take without parsing again. Their parameter types carry a brand only
 * those schemas give (`npm run typecheck` checks the `@ts-expect-error` lines below: each must be an
 * error), so nothing unparsed reaches them; `create`/`update` (jobs, seeds, scripts) parse first.
 */
let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

describe("a registry's body", () => {
  it("reaches the writes that skip parsing only through the registry's schemas (checked when compiled)", async () => {
    const db = await testDb();
    const raw = aCenter({ name: "  Centre Al Amal  " });
    const parsed = centers.createSchema.parse(raw);
    const created = await centers.createValid(db, systemCaller, parsed);
    expect(created.name).toBe("Centre Al Amal");
    const changed = await centers.updateValid(
      db,
      systemCaller,
      created.id,
      1,
      centers.patchSchema.parse({ capacity: 7 }),
    );
    expect(changed).toMatchObject({ capacity: 7, version: 2 });
    // Never run: only compiled, to show what the types refuse.
    const refused = () => [
      // @ts-expect-error a body no schema parsed is not the fields core writes as they are
      centers.createValid(db, systemCaller, raw),
      // @ts-expect-error nor is a patch no schema parsed
      centers.updateValid(db, systemCaller, created.id, 2, { capacity: 8 }),
    ];
    expect(typeof refused).toBe("function");
  });

  it("is parsed by core itself when it comes from elsewhere, with the same field and reason", async () => {
    const db = await testDb();
    const failure = await centers
      .create(db, systemCaller, aCenter({ regionCode: "MA-01", closedOn: "2011-01-01" }))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    const paths = (failure as DomainError).issues?.map((issue) => issue.path).sort();
    expect(paths).toEqual(["closedOn", "provinceCode"]);
  });

  it("answers 400 with each field and reason from the route's one validation, rules across fields included", async () => {
    const answer = await api.call("POST", "/api/v1/centers", aCenter({ regionCode: "MA-01", closedOn: "2011-01-01" }));
    expect(answer.status).toBe(400);
    const issues = answer.body.error.issues as { path: string; message: string }[];
    expect(issues.map((issue) => issue.path).sort()).toEqual(["closedOn", "provinceCode"]);
    expect(issues.every((issue) => issue.message.length > 0)).toBe(true);

    const created = await api.call("POST", "/api/v1/centers", aCenter());
    const patch = await api.call(
      "PATCH",
      `/api/v1/centers/${created.body.id}`,
      { capacity: -1, color: "red" },
      { "if-match": '"1"' },
    );
    expect(patch.status).toBe(400);
    expect((patch.body.error.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual([
      "capacity",
      "color",
    ]);
  });
});
