import type { Db } from "../db.js";
import { nationalIdDigest } from "../pii.js";
import { forEachPage, partitionQuery } from "../store.js";
import { blockingKey, type MatchFields } from "./match-item.js";
import { isProbableDuplicate, type MatchReason, type PersonToMatch, scorePair } from "./score.js";

export interface ProbableDuplicate {
  recordId: string;
  score: number;
  reasons: MatchReason[];
}

export interface FindOptions {
  /** The record itself, when looking for its duplicates in the registry. */
  excludeId?: string;
  /** Keep only records of these regions (a regional officer's); all regions when absent. */
  regions?: ReadonlySet<string>;
}

/** The most candidates one block may yield (people born the same day with the same sex); beyond, the best found so far stand. */
const MAX_CANDIDATES = 5_000;

/** A block's stored match items (people born the same day with the same sex), at most MAX_CANDIDATES. */
export type BlockItem = MatchFields & { nationalIdHash?: string };

/** One query of the block of `person` (same birth date and sex), never a scan. */
export async function readBlock(db: Db, person: { birthDate: string; sex: string }): Promise<BlockItem[]> {
  const items: BlockItem[] = [];
  await forEachPage<BlockItem>(db, partitionQuery("gsi1", blockingKey(person)), (page) => {
    items.push(...page.slice(0, MAX_CANDIDATES - items.length));
    return items.length < MAX_CANDIDATES;
  });
  return items;
}

/** The people of `block` (read by readBlock) who are probably `candidate`, best first. */
export function matchInBlock(
  db: Db,
  candidate: PersonToMatch,
  block: BlockItem[],
  options: FindOptions = {},
): ProbableDuplicate[] {
  const person = {
    ...candidate,
    nationalId: candidate.nationalId ? nationalIdDigest(candidate.nationalId, db.piiKey) : undefined,
  };
  const found: ProbableDuplicate[] = [];
  for (const item of block) {
    if (item.id === options.excludeId || (options.regions && !options.regions.has(item.regionCode))) continue;
    const match = scorePair(person, { ...item, nationalId: item.nationalIdHash });
    if (isProbableDuplicate(match)) found.push({ recordId: item.id, ...match });
  }
  return found.sort((a, b) => b.score - a.score || a.recordId.localeCompare(b.recordId));
}

/**
 * The registry's beneficiaries who are probably `candidate` (score ≥
 * PROBABLE_DUPLICATE_THRESHOLD), best first. One query of the candidate's
 * block (same birth date and sex), never a scan. An exact CIN match scores 1.
 */
export async function findProbableDuplicates(
  db: Db,
  candidate: PersonToMatch,
  options: FindOptions = {},
): Promise<ProbableDuplicate[]> {
  return matchInBlock(db, candidate, await readBlock(db, candidate), options);
}
