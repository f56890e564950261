import * as z from "zod";
import { BENEFICIARY_PREFIX, beneficiaries } from "./beneficiary.js";
import { beneficiaryRecordPatterns } from "./beneficiary-records.js";
import type { Caller } from "./caller.js";
import { Id, IsoDate, listShape, Mad, systemShape } from "./common.js";
import { attributeCondition } from "./conditions.js";
import type { Db } from "./db.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";

export const grantStatuses = ["awarded", "disbursed", "cancelled"] as const;
export const GRANT_PREFIX = "GRANT";

/** A Social Cohesion Support Fund (FACS) grant for an income-generating activity of a person with a disability. */
export const GrantFields = z.strictObject({
  beneficiaryId: Id,
  amountMad: Mad({ positive: true }),
  awardedOn: IsoDate,
  activity: z.string().trim().min(2).max(300),
  status: z.enum(grantStatuses),
});
export const Grant = GrantFields.extend(systemShape);
export type Grant = z.infer<typeof Grant>;

export const grants = createRepository(
  {
    label: "grant",
    path: "grants",
    api: { tag: "FACS grants", schema: "Grant" },
    regions: { from: "parent", field: "beneficiaryId", parent: beneficiaries.def },
    prefix: GRANT_PREFIX,
    fields: GrantFields,
    patterns: beneficiaryRecordPatterns(GRANT_PREFIX, GRANT_PREFIX, "status", "byStatus"),
    references: (g) => [
      {
        field: "beneficiaryId",
        prefix: BENEFICIARY_PREFIX,
        label: "beneficiary",
        id: g.beneficiaryId,
        // Checked on the beneficiary item in the grant's own transaction, not by an earlier read.
        condition: attributeCondition(
          "categories",
          "contains",
          "disability",
          "in the disability category (FACS grants go to people with disabilities)",
        ),
        // Counted on the beneficiary, who stays in the disability category while holding any (beneficiary.ts).
        counter: "grantCount",
      },
    ],
  },
  { immutable: ["beneficiaryId"] },
);

export const GrantListQuery = z.strictObject({
  ...listShape,
  beneficiaryId: Id.optional(),
  status: z.enum(grantStatuses).optional(),
});

export const listGrants = (db: Db, caller: Caller, query: z.infer<typeof GrantListQuery>) =>
  grants.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const grantRegistry = registry(grants, { record: Grant, listQuery: GrantListQuery, list: listGrants });
