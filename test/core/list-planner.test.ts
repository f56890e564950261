import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { KIND_SHARDS, shardOf, territoryPatterns } from "@entraide/core/access-patterns";
import { systemCaller } from "@entraide/core/caller";
import { CENTER_PREFIX, type Center, centers } from "@entraide/core/center";
import { COOPERATIVE_PREFIX, type Cooperative, cooperatives } from "@entraide/core/cooperative";
import type { Db } from "@entraide/core/db";
import { enrollments } from "@entraide/core/enrollment";
import { planList } from "@entraide/core/list-planner";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db.js";
import { aCenter, aCooperative } from "../support/fixtures.js";

let db: Db;
let all: Cooperative[];
let someCenters: Center[];
beforeAll(async () => {
  db = await testDb();
  all = [];
  // 60 cooperatives: more than a page, in every shard; every third one an association.
  for (let i = 0; i < 6; i++) {
    const batch = Array.from({ length: 10 }, (_, j) =>
      cooperatives.create(
        db,
        systemCaller,
        aCooperative({ name: `Coopérative ${i * 10 + j}`, kind: (i * 10 + j) % 3 ? "cooperative" : "association" }),
      ),
    );
    all.push(...(await Promise.all(batch)));
  }
  someCenters = await Promise.all(
    Array.from({ length: 12 }, (_, i) => centers.create(db, systemCaller, aCenter({ name: `Centre ${i}` }))),
  );
}, 60_000);

/** Every page of a list, in order, with each page's size. */
async function readAll(query: Record<string, unknown>, limit: number) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await cooperatives.list(db, systemCaller, { ...query, limit, cursor });
    ids.push(...page.items.map((c) => c.id));
    sizes.push(page.items.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, sizes };
}

const sortedIds = (list: { id: string }[]) => list.map((c) => c.id).sort();
const gsi3pkOf = async (prefix: string, id: string) =>
  String(
    (await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk: `${prefix}#${id}`, sk: prefix } }))).Item
      ?.gsi3pk,
  );

describe("the all-of-a-kind pattern, write-sharded", () => {
  it("spreads a kind over its shards, each record in the shard of its id", async () => {
    const shards = new Set<string>();
    for (const cooperative of all) {
      const partition = await gsi3pkOf(COOPERATIVE_PREFIX, cooperative.id);
      expect(partition).toBe(`${COOPERATIVE_PREFIX}#SHARD#${shardOf(cooperative.id, KIND_SHARDS)}`);
      shards.add(partition);
    }
    expect(shards.size).toBeGreaterThanOrEqual(6);
  });

  it("keeps a reference registry (centers) in one partition, listed in id (time) order by one query a page", async () => {
    for (const center of someCenters) expect(await gsi3pkOf(CENTER_PREFIX, center.id)).toBe(`${CENTER_PREFIX}#SHARD#0`);
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await centers.list(db, systemCaller, { limit: 5, cursor });
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(sortedIds(someCenters));
  });

  it("pages through every shard in id (time) order, without duplicates or gaps", async () => {
    for (const limit of [1, 7, 25, 100]) {
      const { ids, sizes } = await readAll({}, limit);
      expect(ids).toEqual(sortedIds(all));
      expect(sizes.slice(0, -1).every((size) => size === limit)).toBe(true);
      // The last page never hands out a cursor to an empty page.
      expect(sizes.at(-1)).toBeGreaterThan(0);
    }
  });

  it("filters across the shards and keeps the order", async () => {
    const { ids } = await readAll({ kind: "association" }, 4);
    expect(ids).toEqual(sortedIds(all.filter((c) => c.kind === "association")));
  });

  it("refuses a cursor of another list", async () => {
    const page = await cooperatives.list(db, systemCaller, { limit: 5 });
    const cursor = page.nextCursor ?? "";
    const refused = { issues: [{ path: "cursor" }] };
    await expect(
      cooperatives.list(db, systemCaller, { limit: 5, provinceCode: "MA-AGD", cursor }),
    ).rejects.toMatchObject(refused);
    await expect(cooperatives.list(db, systemCaller, { limit: 5, cursor: "not-a-cursor" })).rejects.toMatchObject(
      refused,
    );
  });
});

describe("the list planner", () => {
  it("takes the narrowest pattern the query gives and filters on the rest", () => {
    const plan = planList(territoryPatterns("CENTER"), {
      limit: 10,
      regionCode: "MA-06",
      provinceCode: "MA-CAS",
      type: "women",
    });
    expect(plan.name).toBe("byProvince");
    expect(plan.partitionKey).toBe("CENTER#PROVINCE#MA-CAS");
    expect(Object.values(plan.filter?.names ?? {}).sort()).toEqual(["regionCode", "type"]);
    expect(planList(territoryPatterns("CENTER"), { limit: 10, regionCode: "MA-06" }).name).toBe("byRegion");
    expect(planList(territoryPatterns("CENTER"), { limit: 10, status: "active" }).name).toBe("allOfKind");
  });

  it("reads a beneficiary's enrollments in the records partition, under their own sort-key prefix", () => {
    const plan = planList(enrollments.def.patterns, { limit: 10, beneficiaryId: "B1", service: "literacy" });
    expect(plan).toMatchObject({
      name: "byBeneficiary",
      partitionKey: "BENEFICIARY#B1#RECORDS",
      sortKeyPrefix: "ENROLLMENT#",
    });
    expect(planList(enrollments.def.patterns, { limit: 10, beneficiaryId: "B1", centerId: "C1" }).name).toBe(
      "byCenter",
    );
  });

  it("refuses a criterion the registry doesn't know", async () => {
    await expect(centers.list(db, systemCaller, { limit: 5, colour: "blue" })).rejects.toThrow(/no criterion colour/);
  });
});
