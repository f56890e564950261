import { beneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import { centers } from "@entraide/core/center";
import type { Db } from "@entraide/core/db";
import { getRecord } from "@entraide/core/entity";
import { getImportJob, updateImportJob } from "@entraide/core/imports/jobs";
import { runImportStep } from "@entraide/core/imports/run";
import { beforeAll, describe, expect, it } from "vitest";
import { type TableCall, testDb, watchedDb } from "../support/db.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";
import { importJobWithFile } from "../support/import-jobs.js";
import { csvFile } from "../support/imports.js";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

/** The same table through a client whose first call of a kind fails, as a throttled or interrupted one does. */
function failingOnce(fails: (call: TableCall) => boolean): Db {
  let failed = false;
  return watchedDb(db, (call) => {
    if (failed || !fails(call)) return;
    failed = true;
    throw Object.assign(new Error("The connection was reset"), { name: "TimeoutError" });
  });
}

/** A file of 200 enrollments of four people in one center, validated and ready to commit. */
async function enrollmentsToCommit(cinPrefix: string) {
  const center = await centers.create(db, systemCaller, aCenter());
  const people = await Promise.all(
    [0, 1, 2, 3].map((i) =>
      beneficiaries.create(
        db,
        systemCaller,
        aBeneficiary({ nationalId: `${cinPrefix}${100000 + i}`, firstName: `F${i}` }),
      ),
    ),
  );
  // 200 enrollments: chunks of 64 rows (the dry run's last batches), pages of two chunks, so a second page is
  // prepared (its guards and counts written) while the first one's records are written and settled.
  const file = csvFile([
    ["Bénéficiaire", "Centre", "Prestation", "Début"],
    ...Array.from({ length: 200 }, (_, i) => [
      people[i % 4]?.id ?? "",
      center.id,
      "training",
      `${String((i % 28) + 1).padStart(2, "0")}/${String((Math.floor(i / 28) % 12) + 1).padStart(2, "0")}/2024`,
    ]),
  ]);
  const { files, id } = await importJobWithFile(db, "enrollments", file);
  while ((await runImportStep(db, files, id, 0)) === "handover");
  expect(await getImportJob(db, id)).toMatchObject({ status: "validated", counts: { rows: 200, valid: 200 } });
  await updateImportJob(db, id, { status: "committing", progress: { done: 0, total: 200 } }, ["validated"]);
  return { center, people, files, id };
}

/** The pass that fails, then passes until the import is committed; each record then holds its references once. */
async function commitAfter(cinPrefix: string, failure: (call: TableCall) => boolean) {
  const { center, people, files, id } = await enrollmentsToCommit(cinPrefix);
  await expect(runImportStep(failingOnce(failure), files, id)).rejects.toThrow("The connection was reset");
  // The failed pass gave its lease back: the next one starts at once.
  while ((await runImportStep(db, files, id)) === "handover");
  expect(await getImportJob(db, id)).toMatchObject({ status: "committed", counts: { created: 200 } });
  // 200 on the center, 50 on each person.
  expect((await getRecord(db, "CENTER", "center", center.id)).refs).toBe(200);
  for (const person of people) expect((await getRecord(db, "BENEFICIARY", "beneficiary", person.id)).refs).toBe(50);
}

describe("a commit that fails midway, run again", () => {
  it("counts each reference once, though the next page's counts were added before the failure", {
    timeout: 60_000,
  }, async () => {
    // The first page's settling (one transaction) fails while the second page is prepared.
    await commitAfter("QF", ({ command }) => command === "TransactWriteItemsCommand");
  });

  it("counts each reference once, though some of a page's counts were added before the failure", {
    timeout: 60_000,
  }, async () => {
    // One of the first page's count updates fails; the others were under way.
    let counts = 0;
    await commitAfter(
      "QG",
      ({ command, input }) =>
        command === "UpdateItemCommand" && String(input.UpdateExpression).startsWith("ADD refs") && ++counts === 3,
    );
  });
});
