import { DeleteCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import { beneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import type { Db } from "@entraide/core/db";
import { BlockCache } from "@entraide/core/imports/blocks";
import { fillMatchItemsOnce } from "@entraide/core/matching/backfill";
import { BLOCKS_PER_STATEMENT, findProbableDuplicates, readBlock, readBlocks } from "@entraide/core/matching/find";
import { blockingKey } from "@entraide/core/matching/match-item";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb, watchedDb } from "../support/db.js";
import { aBeneficiary } from "../support/fixtures.js";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

const mohamed = {
  firstName: "Mohamed",
  lastName: "Alaoui",
  sex: "male",
  birthDate: "1979-05-04",
  categories: ["elderly"],
};

describe("finding probable duplicates in the registry", () => {
  it("finds a person written in the other script, with the reasons, and not the others of the block", async () => {
    const stored = await beneficiaries.create(db, systemCaller, aBeneficiary(mohamed));
    const brother = await beneficiaries.create(db, systemCaller, aBeneficiary({ ...mohamed, firstName: "Mahmoud" }));
    const found = await findProbableDuplicates(db, {
      firstName: "محمد",
      lastName: "العلوي",
      birthDate: "1979-05-04",
      sex: "male",
    });
    expect(found).toEqual([
      {
        recordId: stored.id,
        score: expect.any(Number),
        reasons: ["same_birth_date", "same_sex", "first_name_across_scripts", "last_name_across_scripts"],
      },
    ]);
    expect(found.map((m) => m.recordId)).not.toContain(brother.id);
  });

  it("reads one index partition, never scans, and leaves out the record itself", async () => {
    const stored = await beneficiaries.create(
      db,
      systemCaller,
      aBeneficiary({ ...mohamed, birthDate: "1980-01-01", lastName: "Bennani" }),
    );
    const sent: string[] = [];
    const spy = watchedDb(db, ({ command, input }) => sent.push(`${command}:${input.IndexName ?? "table"}`));
    expect(await findProbableDuplicates(spy, stored, { excludeId: stored.id })).toEqual([]);
    expect(sent).toEqual(["QueryCommand:gsi1"]);
  });

  it("compares CINs by their keyed hash: the same CIN scores 1", async () => {
    const stored = await beneficiaries.create(
      db,
      systemCaller,
      aBeneficiary({ ...mohamed, birthDate: "1981-02-03", nationalId: "BE123456" }),
    );
    const found = await findProbableDuplicates(db, {
      firstName: "Hassan",
      lastName: "Tazi",
      birthDate: "1981-02-03",
      sex: "male",
      nationalId: "be123456",
    });
    expect(found).toEqual([
      { recordId: stored.id, score: 1, reasons: ["same_national_id", "same_birth_date", "same_sex"] },
    ]);
    const match = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: `BENEFICIARY#${stored.id}`, sk: "MATCH" } }),
    );
    expect(JSON.stringify(match.Item)).not.toContain("BE123456");
  });

  it("follows a change of birth date and forgets a deleted record", async () => {
    const stored = await beneficiaries.create(
      db,
      systemCaller,
      aBeneficiary({ ...mohamed, birthDate: "1982-07-07", lastName: "Chraibi" }),
    );
    const who = { firstName: "Mohammed", lastName: "Shraibi", sex: "male" as const };
    expect(await findProbableDuplicates(db, { ...who, birthDate: "1982-07-07" })).toHaveLength(1);
    const moved = await beneficiaries.update(db, systemCaller, stored.id, stored.version, { birthDate: "1982-07-08" });
    expect(await findProbableDuplicates(db, { ...who, birthDate: "1982-07-07" })).toEqual([]);
    expect((await findProbableDuplicates(db, { ...who, birthDate: "1982-07-08" })).map((m) => m.recordId)).toEqual([
      stored.id,
    ]);
    await beneficiaries.remove(db, systemCaller, stored.id, moved.version);
    expect(await findProbableDuplicates(db, { ...who, birthDate: "1982-07-08" })).toEqual([]);
    const left = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: `BENEFICIARY#${stored.id}`, sk: "MATCH" } }),
    );
    expect(left.Item).toBeUndefined();
  });

  it("keeps to the regions asked for", async () => {
    const stored = await beneficiaries.create(db, systemCaller, aBeneficiary({ ...mohamed, birthDate: "1983-03-03" }));
    const who = { firstName: "Mohamed", lastName: "El Alaoui", sex: "male" as const, birthDate: "1983-03-03" };
    expect(await findProbableDuplicates(db, who, { regions: new Set(["MA-01"]) })).toEqual([]);
    expect((await findProbableDuplicates(db, who, { regions: new Set(["MA-06"]) })).map((m) => m.recordId)).toEqual([
      stored.id,
    ]);
  });

  it("gives records stored before duplicate detection their match item, once", async () => {
    const old = await beneficiaries.create(
      db,
      systemCaller,
      aBeneficiary({ ...mohamed, birthDate: "1960-06-06", lastName: "Berrada" }),
    );
    await db.doc.send(
      new DeleteCommand({ TableName: db.tableName, Key: { pk: `BENEFICIARY#${old.id}`, sk: "MATCH" } }),
    );
    const who = { firstName: "Mohamed", lastName: "برادة", sex: "male" as const, birthDate: "1960-06-06" };
    expect(await findProbableDuplicates(db, who)).toEqual([]);
    expect(await fillMatchItemsOnce(db)).toBeGreaterThan(0);
    expect((await findProbableDuplicates(db, who)).map((m) => m.recordId)).toEqual([old.id]);
    expect(await fillMatchItemsOnce(db)).toBeUndefined();
  });

  it("reads up to fifty blocks in one statement: the same people as a query of each, and no others", async () => {
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10));
    // Two women born on each of the first days, one on the others, and men on none: some blocks are empty.
    for (const [i, birthDate] of days.entries())
      for (let twin = 0; twin < (i < 10 ? 2 : 1); twin++)
        await beneficiaries.create(db, systemCaller, aBeneficiary({ ...mohamed, sex: "female", birthDate }));
    const people = days.flatMap((birthDate) => [
      { birthDate, sex: "female" },
      { birthDate, sex: "male" },
    ]);
    const sent: string[] = [];
    const spy = watchedDb(db, ({ command }) => sent.push(command));
    const keys = people.slice(0, BLOCKS_PER_STATEMENT).map(blockingKey);
    const read = await readBlocks(spy, keys);
    expect(sent).toEqual(["ExecuteStatementCommand"]);
    expect([...read.keys()]).toEqual(keys);
    for (const person of people.slice(0, BLOCKS_PER_STATEMENT)) {
      const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();
      expect(ids(read.get(blockingKey(person)) ?? [])).toEqual(ids(await readBlock(db, person)));
    }
    expect(read.get(blockingKey({ birthDate: days[0] ?? "", sex: "female" }))).toHaveLength(2);
    expect(read.get(blockingKey({ birthDate: days[0] ?? "", sex: "male" }))).toEqual([]);
    await expect(readBlocks(db, people.map(blockingKey))).rejects.toThrow(/at most 50/);

    // A dry run's cache asks for the blocks a batch warms together, fifty to a statement.
    sent.length = 0;
    const cache = new BlockCache(spy);
    for (const person of people) cache.warm(person);
    const candidate = {
      firstName: "Mohammed",
      lastName: "El Alaoui",
      sex: "female" as const,
      birthDate: days[59] ?? "",
    };
    expect(await cache.match(candidate)).toHaveLength(1);
    expect(sent).toEqual(["ExecuteStatementCommand", "ExecuteStatementCommand", "ExecuteStatementCommand"]);
    expect(await cache.match({ ...candidate, birthDate: days[0] ?? "" })).toHaveLength(2);
    expect(sent).toHaveLength(3);
  });
});
