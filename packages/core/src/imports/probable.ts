import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { foldText } from "./values.js";

/**
 * The one door between imports and duplicate matching. An import asks, for each
 * person it would create, which people of the registry are probably the same;
 * whatever scorer stands behind `findProbableDuplicates` (set it once with
 * `useProbableDuplicateFinder`) must find candidates through an index query —
 * never a scan — and answer only matches at or above its own threshold.
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
  /** Why, in words a reviewer checks: "same birth date and sex", "same name after normalisation"… */
  reasons: string[];
}

export type ProbableDuplicateFinder = (db: Db, candidate: PersonCandidate) => Promise<ProbableMatch[]>;

/**
 * Until the matching module plugs in its scorer: the same birth date, sex and
 * full name (case, accents, Arabic letter variants folded), looked up in the
 * candidate's province partition (gsi1) with a filter on birth date and sex.
 */
export const exactNameFinder: ProbableDuplicateFinder = async (db, candidate) => {
  if (!candidate.provinceCode) return [];
  const wanted = fullNameKey(candidate);
  const matches: ProbableMatch[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        FilterExpression: "birthDate = :b AND sex = :s",
        ProjectionExpression: "id, firstName, lastName",
        ExpressionAttributeValues: { ":pk": `BENEFICIARY#PROVINCE#${candidate.provinceCode}`, ":b": candidate.birthDate, ":s": candidate.sex },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      if (fullNameKey(item as PersonCandidate) === wanted) {
        matches.push({ recordId: item.id as string, score: 1, reasons: ["same birth date and sex", "same full name after normalisation"] });
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return matches;
};

/** First and last name folded, in either order: the key of in-file probable duplicates. */
export function fullNameKey(person: Pick<PersonCandidate, "firstName" | "lastName">): string {
  return [foldText(person.firstName ?? ""), foldText(person.lastName ?? "")].sort().join(" ");
}

let finder: ProbableDuplicateFinder = exactNameFinder;

export const findProbableDuplicates: ProbableDuplicateFinder = (db, candidate) => finder(db, candidate);

/** Plugs in the scorer imports use. */
export function useProbableDuplicateFinder(next: ProbableDuplicateFinder): void {
  finder = next;
}
