import { compareNames, type NameComparison, type NameRelation } from "./similarity.js";

/** What the matcher compares of a person: the beneficiary's own field names. */
export interface PersonToMatch {
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: "female" | "male";
  /** The CIN in clear, or (for stored records) its keyed hash: compare like with like. */
  nationalId?: string;
}

/**
 * Why two records may be the same person, as stable codes (labels in
 * glossary/matching.ts). Name codes read `<first|last>_name_<relation>`.
 */
export const matchReasons = [
  "same_national_id",
  "same_birth_date",
  "same_sex",
  "first_name_same",
  "first_name_variant",
  "first_name_across_scripts",
  "first_name_similar",
  "last_name_same",
  "last_name_variant",
  "last_name_across_scripts",
  "last_name_similar",
  "names_swapped",
  "national_id_differs",
] as const;
export type MatchReason = (typeof matchReasons)[number];

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

/**
 * Score from which two records are a probable duplicate (the import's
 * `probable_duplicate`, the registry's duplicates panel). With the same birth
 * date and sex it needs both names to match: equal, a known variant, the same
 * name across scripts, or a typo away (each name ≥ ~0.82 similar). Chosen on
 * the labelled pairs of test/fixtures/matching-pairs.json (precision and
 * recall in `npm run bench`).
 */
export const PROBABLE_DUPLICATE_THRESHOLD = 0.85;

/** Birth date and sex weigh 0.15 together; the names (their geometric mean: a weak one pulls it down) 0.85. */
const IDENTITY_WEIGHT = 0.15;

const nameReason = (part: "first" | "last", relation: NameRelation) =>
  relation === "different" ? [] : [`${part}_name_${relation}` as MatchReason];

/** A name that is `different` counts for little however close its letters (Alaoui and Alami). */
const weight = (name: NameComparison) => (name.relation === "different" ? name.similarity * 0.6 : name.similarity);
const namesScore = (first: NameComparison, last: NameComparison) => Math.sqrt(weight(first) * weight(last));

/** How likely `a` and `b` are one person, 0..1, and why. */
export function scorePair(a: PersonToMatch, b: PersonToMatch): MatchScore {
  if (a.birthDate !== b.birthDate || a.sex !== b.sex) return { score: 0, reasons: [] };
  const reasons: MatchReason[] = ["same_birth_date", "same_sex"];
  if (a.nationalId && b.nationalId) {
    if (a.nationalId === b.nationalId) return { score: 1, reasons: ["same_national_id", ...reasons] };
    reasons.push("national_id_differs");
  }
  const first = compareNames(a.firstName, b.firstName);
  const last = compareNames(a.lastName, b.lastName);
  const straight = namesScore(first, last);
  // Registries often hold the family name in the first-name column and the other way round.
  const swappedFirst = compareNames(a.firstName, b.lastName);
  const swappedLast = swappedFirst.relation === "different" ? swappedFirst : compareNames(a.lastName, b.firstName);
  const swapped = namesScore(swappedFirst, swappedLast) * 0.98;
  const useSwapped = swapped > straight;
  const names = useSwapped ? swapped : straight;
  if (useSwapped)
    reasons.push(
      "names_swapped",
      ...nameReason("first", swappedFirst.relation),
      ...nameReason("last", swappedLast.relation),
    );
  else reasons.push(...nameReason("first", first.relation), ...nameReason("last", last.relation));
  const score = IDENTITY_WEIGHT + (1 - IDENTITY_WEIGHT) * names;
  return { score: Math.round(score * 1000) / 1000, reasons };
}

export const isProbableDuplicate = (match: MatchScore) => match.score >= PROBABLE_DUPLICATE_THRESHOLD;
