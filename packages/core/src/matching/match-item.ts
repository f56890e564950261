import { nationalIdDigest } from "../pii.js";
import { globalIndexes, type IndexName } from "../table.js";

/**
 * Duplicate detection never scans the registry: each beneficiary has a small
 * companion item `pk = BENEFICIARY#<id>, sk = MATCH` in the block of people
 * born the same day with the same sex — gsi1 partition
 * `BENEFICIARY#MATCH#<birthDate>#<sex>` — carrying only what the matcher
 * reads (names, birth date, sex, region, the CIN's keyed hash). Finding the
 * candidates for a person is one query of that partition (docs/table-design.md).
 */
export const MATCH_ENTITY = "BENEFICIARY_MATCH";
export const MATCH_SK = "MATCH";

/** The index whose partitions are the blocks (read by one query, or fifty at a time by PartiQL: find.ts). */
export const BLOCK_INDEX = "gsi1" satisfies IndexName;

export const blockingKey = (person: { birthDate: string; sex: string }) =>
  `BENEFICIARY#MATCH#${person.birthDate}#${person.sex}`;

export interface MatchFields {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: "female" | "male";
  regionCode: string;
  nationalId?: string;
}

/** The stored match item of a beneficiary (its CIN only as the same HMAC the uniqueness guard uses). */
export function matchItem(record: MatchFields, piiKey: string) {
  return {
    pk: `BENEFICIARY#${record.id}`,
    sk: MATCH_SK,
    [globalIndexes[BLOCK_INDEX].partitionKey]: blockingKey(record),
    [globalIndexes[BLOCK_INDEX].sortKey]: record.id,
    entity: MATCH_ENTITY,
    id: record.id,
    firstName: record.firstName,
    lastName: record.lastName,
    birthDate: record.birthDate,
    sex: record.sex,
    regionCode: record.regionCode,
    ...(record.nationalId ? { nationalIdHash: nationalIdDigest(record.nationalId, piiKey) } : {}),
  };
}
