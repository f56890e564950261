import type { Db } from "../db.js";
import { findProbableDuplicates as findInRegistry } from "../matching/find.js";
import { foldText } from "./values.js";

/**
 * The one door between imports and duplicate matching: for each person an
 * import would create, which people of the registry are probably the same.
 */
export interface PersonCandidate {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: "female" | "male";
  nationalId?: string;
  regionCode?: string;
  provinceCode?: string;
}

export interface ProbableMatch {
  /** The beneficiary's id. */
  recordId: string;
  /** 0..1, 1 the same person for sure. */
  score: number;
  /** Why, as the matching module's reason codes (`same_birth_date`, `last_name_across_scripts`…), labelled in glossary/matching.ts. */
  reasons: string[];
}

/**
 * The registry's people who are probably `candidate`: the matching module's
 * scorer (names across Arabic and Latin scripts), which queries the candidate's
 * block of birth date and sex — never a scan — and answers only matches at or
 * above its threshold.
 */
export const findProbableDuplicates = (db: Db, candidate: PersonCandidate): Promise<ProbableMatch[]> =>
  findInRegistry(db, candidate);

/** First and last name folded, in either order: the key of in-file probable duplicates. */
export function fullNameKey(person: Pick<PersonCandidate, "firstName" | "lastName">): string {
  return [foldText(person.firstName ?? ""), foldText(person.lastName ?? "")].sort().join(" ");
}
