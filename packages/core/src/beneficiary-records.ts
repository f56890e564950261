import { type AccessPatterns, allOfKind } from "./access-patterns.js";
import { BENEFICIARY_PREFIX } from "./beneficiary.js";

/** The partition of every record about one beneficiary (enrollments, aid, grants), each kind under its own sort-key tag. */
export const beneficiaryRecords = (tag: string) => ({
  index: "gsi2" as const,
  pk: `${BENEFICIARY_PREFIX}#{beneficiaryId}#RECORDS`,
  sk: `${tag}#{id}`,
});

/**
 * Patterns of a record kind about one beneficiary (aid, grants): the
 * beneficiary's records (gsi2), one partition per value of a chosen field
 * (gsi1), and the whole kind (gsi3).
 */
export function beneficiaryRecordPatterns(prefix: string, tag: string, byField: string, name: string): AccessPatterns {
  return {
    byBeneficiary: beneficiaryRecords(tag),
    [name]: { index: "gsi1", pk: `${prefix}#${byField.toUpperCase()}#{${byField}}`, sk: "{id}" },
    allOfKind: allOfKind(prefix),
  };
}
