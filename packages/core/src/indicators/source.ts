import { type AccessPatterns, kindShardsOf } from "../access-patterns.js";
import type { IndicatorKey } from "./keys.js";
import type { Tally } from "./tally.js";

export type Item = Record<string, unknown>;

/**
 * One kind of record the bilan reads, in one of two passes: 1 the reference
 * records (centers, spaces, exhibitions…: thousands), each kind read through
 * its index (gsi3, partition = the kind); 2 everything that joins on them —
 * people, enrollments, hostings, aid… — in one parallel scan of the table.
 */
export interface Source {
  /** The items' `entity` attribute. */
  entity: string;
  /** The core module that owns these records (packages/core/src/<module>.ts). */
  module: string;
  pass: 1 | 2;
  /** The only attributes read (the scan's projection). */
  attributes: string[];
  /** The figures that stay 0 (or partial) while this source is missing. */
  feeds: IndicatorKey[];
  read(item: Item, tally: Tally): void;
  /** Whether the module is there; decided when the source is registered. */
  present: boolean;
  /** The partitions of its all-of-a-kind index (pass 1 reads them all), from its records' patterns. */
  shards: number;
}

export type SourceSpec = Omit<Source, "present" | "shards">;

/**
 * Registers a source against what its module exports: `owner` is a value
 * imported from that module (its repository definition, or a schema). A
 * source whose module has not landed yet is registered with `owner:
 * undefined` and reported as missing; its figures are 0 until it lands.
 */
export function registerSource(spec: SourceSpec, owner: object | undefined): Source {
  const named = owner as { prefix?: unknown; entity?: unknown; patterns?: AccessPatterns } | undefined;
  const entity =
    typeof named?.entity === "string" ? named.entity : typeof named?.prefix === "string" ? named.prefix : spec.entity;
  if (entity !== spec.entity) throw new Error(`Source ${spec.entity} is registered against the records of ${entity}`);
  return { ...spec, present: owner !== undefined, shards: kindShardsOf(named?.patterns) };
}

export const text = (item: Item, name: string) => (typeof item[name] === "string" ? (item[name] as string) : undefined);

/** A text attribute every stored item of the entity has: its absence is a broken item, reported by name. */
export function requiredText(item: Item, name: string): string {
  const value = text(item, name);
  if (value === undefined) throw new Error(`indicators: item ${String(item.PK ?? "")} has no text "${name}"`);
  return value;
}
export const amount = (item: Item, name: string) => (typeof item[name] === "number" ? (item[name] as number) : 0);
