import { ExecuteStatementCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { nationalIdDigest } from "../pii.js";
import { forEachPage, partitionQuery } from "../store.js";
import { globalIndexes } from "../table.js";
import { BLOCK_INDEX, blockingKey, type MatchFields } from "./match-item.js";
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
  await forEachPage<BlockItem>(db, partitionQuery(BLOCK_INDEX, blockingKey(person)), (page) => {
    items.push(...page.slice(0, MAX_CANDIDATES - items.length));
    return items.length < MAX_CANDIDATES;
  });
  return items;
}

/** Blocks one statement may name: DynamoDB's PartiQL takes at most 50 partition keys in an `IN`. */
export const BLOCKS_PER_STATEMENT = 50;

/** What the matcher reads of a match item, and the block it is in. */
const blockKeyName = globalIndexes[BLOCK_INDEX].partitionKey;
const matchAttributes = [
  blockKeyName,
  "id",
  "firstName",
  "lastName",
  "birthDate",
  "sex",
  "regionCode",
  "nationalIdHash",
];

/**
 * Several blocks at once (at most BLOCKS_PER_STATEMENT, by their keys): one PartiQL
 * `SELECT … FROM "<table>"."gsi1" WHERE "gsi1pk" IN [...]`, which DynamoDB runs as a query of each of those
 * gsi1 partitions, never a scan, followed page by page. A dry run reads thousands of blocks: one request per
 * fifty of them instead of one each. Each block keeps at most MAX_CANDIDATES items, as readBlock.
 */
export async function readBlocks(db: Db, keys: readonly string[]): Promise<Map<string, BlockItem[]>> {
  if (keys.length > BLOCKS_PER_STATEMENT)
    throw new Error(`readBlocks: ${keys.length} blocks, at most ${BLOCKS_PER_STATEMENT}`);
  const blocks = new Map<string, BlockItem[]>(keys.map((key) => [key, []]));
  if (!keys.length) return blocks;
  const statement =
    `SELECT ${matchAttributes.map((name) => `"${name}"`).join(", ")} FROM "${db.tableName}"."${BLOCK_INDEX}" ` +
    `WHERE "${blockKeyName}" IN [${keys.map(() => "?").join(", ")}]`;
  let nextToken: string | undefined;
  do {
    const page = await db.doc.send(
      new ExecuteStatementCommand({ Statement: statement, Parameters: [...keys], NextToken: nextToken }),
    );
    for (const item of page.Items ?? []) {
      const block = blocks.get(String(item[blockKeyName]));
      if (block && block.length < MAX_CANDIDATES) block.push(item as BlockItem);
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return blocks;
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
