import { readFileSync } from "node:fs";
import { isProbableDuplicate, scorePair } from "@entraide/core/matching/score";

export interface LabelledPair {
  same: boolean;
  how: string;
  sex: "female" | "male";
  birthDate: string;
  a: { firstName: string; lastName: string };
  b: { firstName: string; lastName: string };
}

export function labelledPairs(): LabelledPair[] {
  const file = new URL("../fixtures/matching-pairs.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { pairs: LabelledPair[] }).pairs;
}

/** The matcher's verdict on every labelled pair, counted: precision and recall of `probable_duplicate`. */
export function measureMatcher(pairs: LabelledPair[] = labelledPairs()) {
  let [truePositives, falsePositives, falseNegatives] = [0, 0, 0];
  const mistakes: Array<LabelledPair & { score: number }> = [];
  for (const pair of pairs) {
    const person = { birthDate: pair.birthDate, sex: pair.sex };
    const match = scorePair({ ...pair.a, ...person }, { ...pair.b, ...person });
    const flagged = isProbableDuplicate(match);
    if (flagged && pair.same) truePositives++;
    if (flagged && !pair.same) falsePositives++;
    if (!flagged && pair.same) falseNegatives++;
    if (flagged !== pair.same) mistakes.push({ ...pair, score: match.score });
  }
  return {
    pairs: pairs.length,
    samePerson: pairs.filter((p) => p.same).length,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    mistakes,
  };
}
