import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { beneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import { CENTER_PREFIX, centers } from "@entraide/core/center";
import type { Db } from "@entraide/core/db";
import { enrollments } from "@entraide/core/enrollment";
import { putItemOp } from "@entraide/core/entity";
import { layoutVersion, reindex, reindexOnce } from "@entraide/core/reindex";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { handler } from "../../packages/functions/src/lambda/reindex.js";
import { testDb } from "../support/db.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

/** Stores a record as the layout before sharding did: every record of a kind in one gsi3 partition. */
async function putInOldLayout(def: Parameters<typeof putItemOp>[0], fields: object, id: string, into = db) {
  const record = {
    ...fields,
    id,
    version: 1,
    createdAt: "2020-01-01T00:00:00.000Z",
    updatedAt: "2020-01-01T00:00:00.000Z",
  };
  const item = putItemOp(def, record, undefined, into).item.Put?.Item ?? {};
  await into.doc.send(new PutCommand({ TableName: into.tableName, Item: { ...item, gsi3pk: def.prefix } }));
}

const ids = (n: number, start: number) =>
  Array.from({ length: n }, (_, i) => `01ARZ3NDEKTSV4RRFFQ69G${String(start + i).padStart(4, "0")}`);

describe("reindexing items stored by an older layout", () => {
  it("rewrites their keys so the lists find them again, and only theirs", async () => {
    const oldCenters = ids(12, 1000);
    for (const id of oldCenters) await putInOldLayout(centers.def as never, aCenter(), id);
    const person = ids(1, 2000)[0] ?? "";
    await putInOldLayout(beneficiaries.def as never, aBeneficiary(), person);
    const fresh = await centers.create(db, systemCaller, aCenter({ name: "Centre récent" }));
    expect((await centers.list(db, systemCaller, { limit: 100 })).items.map((c) => c.id)).toEqual([fresh.id]);

    const report = await reindex(db);
    expect(report.updated).toBe(13);
    const listed = (await centers.list(db, systemCaller, { limit: 100 })).items.map((c) => c.id);
    expect(listed).toEqual([...oldCenters, fresh.id]);
    expect((await beneficiaries.list(db, systemCaller, { limit: 10 })).items.map((b) => b.id)).toEqual([person]);
    // The record itself is untouched: same version, same fields.
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: `${CENTER_PREFIX}#${oldCenters[0]}`, sk: CENTER_PREFIX } }),
    );
    expect(Item).toMatchObject({ version: 1, name: aCenter().name, gsi1pk: "CENTER#PROVINCE#MA-CAS" });

    expect((await reindex(db)).updated).toBe(0);
  });

  it("runs once per layout at the local start", async () => {
    await putInOldLayout(
      enrollments.def as never,
      { beneficiaryId: ids(1, 2000)[0], centerId: ids(1, 1000)[0], service: "literacy", startDate: "2020-01-01" },
      ids(1, 3000)[0] ?? "",
    );
    expect((await reindexOnce(db))?.updated).toBe(1);
    expect(await reindexOnce(db)).toBeUndefined();
    expect((await enrollments.list(db, systemCaller, { limit: 10 })).items).toHaveLength(1);
  });

  it("runs once per layout as the deploy's step in AWS (lambda/reindex.ts, stacks/Data.ts)", async () => {
    const deployed = await testDb();
    const stale = ids(3, 4000);
    for (const id of stale) await putInOldLayout(centers.def as never, aCenter(), id, deployed);
    vi.stubEnv("TABLE_NAME", deployed.tableName);
    vi.stubEnv("DYNAMODB_ENDPOINT", inject("dynamodbEndpoint"));
    try {
      expect(await handler()).toEqual({ layout: layoutVersion(), scanned: 3, updated: 3 });
      expect(await handler()).toEqual({ layout: layoutVersion(), scanned: 0, updated: 0 });
    } finally {
      vi.unstubAllEnvs();
    }
    expect((await centers.list(deployed, systemCaller, { limit: 10 })).items.map((c) => c.id)).toEqual(stale);
  });
});
