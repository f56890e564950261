import * as z from "zod";
import { BENEFICIARY_PREFIX, beneficiaries } from "./beneficiary.js";
import { beneficiaryRecordPatterns } from "./beneficiary-records.js";
import type { Caller } from "./caller.js";
import { Id, IsoDate, listShape, Mad, Quantity, systemShape } from "./common.js";
import type { Db } from "./db.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";

export const aidKinds = ["food", "customs_goods", "equipment"] as const;
export const AID_PREFIX = "AID_DISTRIBUTION";

/** Food, equipment or goods seized by customs, handed to a beneficiary in difficulty. */
export const AidDistributionFields = z.strictObject({
  beneficiaryId: Id,
  kind: z.enum(aidKinds),
  date: IsoDate,
  description: z.string().trim().min(2).max(500),
  quantity: Quantity,
  valueMad: Mad(),
});
export const AidDistribution = AidDistributionFields.extend(systemShape);
export type AidDistribution = z.infer<typeof AidDistribution>;

export const aidDistributions = createRepository(
  {
    label: "aid distribution",
    path: "aid-distributions",
    api: { tag: "Aid distributions", schema: "AidDistribution" },
    regions: { from: "parent", field: "beneficiaryId", parent: beneficiaries.def },
    prefix: AID_PREFIX,
    fields: AidDistributionFields,
    patterns: beneficiaryRecordPatterns(AID_PREFIX, "AID", "kind", "byKind"),
    references: (a) => [
      { field: "beneficiaryId", prefix: BENEFICIARY_PREFIX, label: "beneficiary", id: a.beneficiaryId },
    ],
  },
  { immutable: ["beneficiaryId"] },
);

export const AidDistributionListQuery = z.strictObject({
  ...listShape,
  beneficiaryId: Id.optional(),
  kind: z.enum(aidKinds).optional(),
});

export const listAidDistributions = (db: Db, caller: Caller, query: z.infer<typeof AidDistributionListQuery>) =>
  aidDistributions.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const aidDistributionRegistry = registry(aidDistributions, {
  record: AidDistribution,
  listQuery: AidDistributionListQuery,
  list: listAidDistributions,
});
