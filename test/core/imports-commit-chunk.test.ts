import { beneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import { centers } from "@entraide/core/center";
import type { Db } from "@entraide/core/db";
import { getRecord } from "@entraide/core/entity";
import { commitChunk } from "@entraide/core/imports/commit-chunk";
import type { ImportJob } from "@entraide/core/imports/jobs";
import type { ImportRow } from "@entraide/core/imports/rows";
import { ulid } from "ulid";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

const jobOf = (registry: ImportJob["registry"]) =>
  ({ id: ulid(), registry, createdBy: "user:importer", regions: "all" }) as ImportJob;
const rowOf = (row: number, input: Record<string, unknown>): ImportRow => ({
  row,
  outcome: "valid",
  issues: [],
  matches: [],
  cells: [],
  input,
});
const contextOf = (job: ImportJob) => ({
  db,
  job,
  by: { actor: job.createdBy, requestId: `import:${job.id}` },
  resumed: true,
  referenced: new Map(),
  inFlight: 4,
});

describe("commitChunk", () => {
  it("run again over the same rows (a commit that stopped before settling them), writes nothing twice", async () => {
    const center = await centers.create(db, systemCaller, aCenter());
    const person = await beneficiaries.create(db, systemCaller, aBeneficiary({ nationalId: "QA123456" }));
    const job = jobOf("enrollments");
    const rows = [2, 3, 4].map((n) =>
      rowOf(n, { beneficiaryId: person.id, centerId: center.id, service: "training", startDate: `2024-09-1${n}` }),
    );
    expect(await commitChunk(contextOf(job), rows)).toBe(3);
    expect(await commitChunk(contextOf(job), rows)).toBe(0);
    expect((await getRecord(db, "CENTER", "center", center.id)).refs).toBe(3);
    expect((await getRecord(db, "BENEFICIARY", "beneficiary", person.id)).refs).toBe(3);
  });

  it("refuses the second of two rows with one CIN in the same chunk", async () => {
    const job = jobOf("beneficiaries");
    const input = aBeneficiary({ nationalId: "QB654321" });
    const ctx = contextOf(job);
    expect(await commitChunk(ctx, [rowOf(2, input), rowOf(3, { ...input, firstName: "Khadija" })])).toBe(1);
    expect(await commitChunk(ctx, [rowOf(2, input), rowOf(3, { ...input, firstName: "Khadija" })])).toBe(0);
  });
});
