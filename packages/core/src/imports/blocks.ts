import type { Db } from "../db.js";
import { BLOCKS_PER_STATEMENT, type BlockItem, matchInBlock, readBlocks } from "../matching/find.js";
import { blockingKey } from "../matching/match-item.js";
import type { PersonCandidate, ProbableMatch } from "./probable.js";

/** Blocks kept at once: the oldest read is dropped beyond (memory stays bounded whatever the file). */
const MAX_BLOCKS = 20_000;
/** Statements (of up to fifty blocks each) sent at once: enough to keep the table busy, few enough not to queue. */
const STATEMENTS_IN_FLIGHT = 4;

interface Asked {
  resolve: (items: BlockItem[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Probable-duplicate detection for a dry run: each block of people born the
 * same day with the same sex is read once (however many rows of the file
 * fall in it), and every row scored against the block in memory. The blocks
 * asked for in one go (a batch of rows warms them all) are read fifty to a
 * statement (readBlocks), a bounded number of statements in flight. The
 * file's own rows are not in the registry yet, so a block read once stays
 * right for the whole dry run.
 */
export class BlockCache {
  private readonly blocks = new Map<string, Promise<BlockItem[]>>();
  private asked = new Map<string, Asked>();
  private sendScheduled = false;
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(private readonly db: Db) {}

  async match(person: PersonCandidate): Promise<ProbableMatch[]> {
    return matchInBlock(this.db, person, await this.block(person));
  }

  /** Asks for the person's block, if not read yet (a failure shows when the row is matched). */
  warm(person: { birthDate?: unknown; sex?: unknown }): void {
    if (typeof person.birthDate === "string" && typeof person.sex === "string")
      this.block(person as PersonCandidate).catch(() => undefined);
  }

  private block(person: PersonCandidate): Promise<BlockItem[]> {
    const key = blockingKey(person);
    let block = this.blocks.get(key);
    if (!block) {
      if (this.blocks.size >= MAX_BLOCKS) this.blocks.delete(this.blocks.keys().next().value as string);
      block = new Promise<BlockItem[]>((resolve, reject) => this.asked.set(key, { resolve, reject }));
      this.blocks.set(key, block);
      // A failed read is not remembered: the next row asks again.
      block.catch(() => this.blocks.delete(key));
      // The blocks asked for in the same turn (a batch's warm-up) go out together, once that turn ends.
      if (!this.sendScheduled) {
        this.sendScheduled = true;
        queueMicrotask(() => this.sendAsked());
      }
    }
    return block;
  }

  private sendAsked(): void {
    this.sendScheduled = false;
    const asked = [...this.asked];
    this.asked = new Map();
    for (let i = 0; i < asked.length; i += BLOCKS_PER_STATEMENT) {
      const group = asked.slice(i, i + BLOCKS_PER_STATEMENT);
      this.limited(() =>
        readBlocks(
          this.db,
          group.map(([key]) => key),
        ),
      ).then(
        (read) => {
          for (const [key, { resolve }] of group) resolve(read.get(key) ?? []);
        },
        (error: unknown) => {
          for (const [, { reject }] of group) reject(error);
        },
      );
    }
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= STATEMENTS_IN_FLIGHT) await new Promise<void>((go) => this.waiting.push(go));
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
