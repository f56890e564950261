import { performance } from "node:perf_hooks";
import { measureMatcher } from "../../test/support/matching-pairs.js";
import type { Row } from "../table.js";

/**
 * Duplicate detection on the labelled pairs (test/fixtures/matching-pairs.json):
 * precision and recall of `probable_duplicate`, computed from the pairs, and
 * how fast pairs are scored (each candidate of a block is one).
 */
export function matchingQuality(): Row[] {
  const started = performance.now();
  const rounds = 20;
  let result = measureMatcher();
  for (let i = 1; i < rounds; i++) result = measureMatcher();
  const pairsPerSecond = (result.pairs * rounds) / ((performance.now() - started) / 1000);
  const label = `${result.pairs} labelled pairs, ${result.samePerson} same person`;
  return [
    {
      measurement: `duplicate detection: precision (${label})`,
      ours: result.precision,
      floor: 0,
      unit: "",
      better: "higher",
      min: 0.95,
    },
    { measurement: "duplicate detection: recall", ours: result.recall, floor: 0, unit: "", better: "higher", min: 0.9 },
    {
      measurement: "duplicate detection: pairs scored per second",
      ours: pairsPerSecond,
      floor: 0,
      unit: "pairs/s",
      better: "higher",
    },
  ];
}
