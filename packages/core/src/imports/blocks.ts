import type { Db } from "../db.js";
import { type BlockItem, matchInBlock, readBlock } from "../matching/find.js";
import { blockingKey } from "../matching/match-item.js";
import type { PersonCandidate, ProbableMatch } from "./probable.js";

/** Blocks kept at once: the oldest read is dropped beyond (memory stays bounded whatever the file). */
const MAX_BLOCKS = 20_000;
/** Block queries sent at once: enough to keep the table busy, few enough not to queue behind each other. */
const QUERIES_IN_FLIGHT = 12;

/**
 * Probable-duplicate detection for a dry run: each block of people born the
 * same day with the same sex is queried once (however many rows of the file
 * fall in it), a bounded number of queries in flight, and every row scored
 * against the block in memory. The file's own rows are not in the registry
 * yet, so a block read once stays right for the whole dry run.
 */
export class BlockCache {
  private readonly blocks = new Map<string, Promise<BlockItem[]>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(private readonly db: Db) {}

  async match(person: PersonCandidate): Promise<ProbableMatch[]> {
    return matchInBlock(this.db, person, await this.block(person));
  }

  /** Starts reading the person's block, if not read yet (a failure shows when the row is matched). */
  warm(person: { birthDate?: unknown; sex?: unknown }): void {
    if (typeof person.birthDate === "string" && typeof person.sex === "string")
      this.block(person as PersonCandidate).catch(() => undefined);
  }

  private block(person: PersonCandidate): Promise<BlockItem[]> {
    const key = blockingKey(person);
    let block = this.blocks.get(key);
    if (!block) {
      if (this.blocks.size >= MAX_BLOCKS) this.blocks.delete(this.blocks.keys().next().value as string);
      block = this.limited(() => readBlock(this.db, person));
      this.blocks.set(key, block);
      // A failed read is not remembered: the next row asks again.
      block.catch(() => this.blocks.delete(key));
    }
    return block;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= QUERIES_IN_FLIGHT) await new Promise<void>((go) => this.waiting.push(go));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
