/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same
 * dataset, ids included, on every machine.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return cycled(list, Math.floor(this.next() * list.length));
  }

  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return cycled(entries, entries.length - 1)[0];
  }

  /** A date between two ISO dates, inclusive. */
  date(from: string, to: string): string {
    const a = Date.parse(from);
    const b = Date.parse(to);
    if (b <= a) return from;
    return new Date(a + Math.floor(this.next() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
  }

  /** A ULID stamped with the record's date, its randomness from this generator. */
  ulid(date: string): string {
    const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let time = Date.parse(date) + this.int(0, 86_399_999);
    let head = "";
    for (let i = 0; i < 10; i++) {
      head = alphabet[time % 32] + head;
      time = Math.floor(time / 32);
    }
    let tail = "";
    for (let i = 0; i < 16; i++) tail += alphabet[this.int(0, 31)];
    return head + tail;
  }
}

/**
 * Chooses exactly `wanted` of `population` items met one at a time (Knuth's
 * selection sampling): exact counts without holding the population in memory.
 */
export class Quota {
  private seen = 0;
  private taken = 0;

  constructor(
    private readonly wanted: number,
    private readonly population: number,
  ) {}

  take(random: Random): boolean {
    const left = this.population - this.seen++;
    if (left <= 0) return false;
    const chosen = random.next() * left < this.wanted - this.taken;
    if (chosen) this.taken++;
    return chosen;
  }
}

/** The item at `index`, counting round the list again past its end; a clear error for an empty list. */
export function cycled<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error(`no item at ${index} of a list of ${list.length}`);
  return item;
}

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);
export const systemAt = (random: Random, date: string) => {
  const at = `${date}T09:00:00.000Z`;
  return { id: random.ulid(date), version: 1, createdAt: at, updatedAt: at };
};
