import { centerTypes } from "../center.js";
import { regions } from "../territory.js";
import { type Breakdowns, breakdownKeys, type IndicatorValues, zeroValues } from "./keys.js";
import type { YearBounds } from "./period.js";

export const areaTypes = ["urban", "semi_urban", "rural"] as const;

/**
 * What one pass over the records keeps, in compact structures: numbers for
 * sums and counts, sets of ids only where a figure counts distinct records,
 * and a small packed profile per center for the joins (≈4,000 centers).
 */
export interface Tally {
  bounds: YearBounds;
  values: IndicatorValues;
  breakdowns: Breakdowns;
  /** Every center (active or not) → region, area type and type, packed in one number. */
  centerProfiles: Map<string, number>;
  spacesOpenedInYear: Set<string>;
  /**
   * One number per person met (see PersonBits): whether served, by which
   * regions and area types, whether they got food aid, and their own sex,
   * categories and age band — so people and their records are read in one scan,
   * whatever order it meets them in.
   */
  people: Map<string, number>;
  aidRecipientsByKind: Map<string, Set<string>>;
  supportedCooperatives: Set<string>;
  cooperativesHostedByNewSpaces: Set<string>;
  socialCareCenters: Set<string>;
  grantRecipients: Set<string>;
  sourceCounts: Record<string, number>;
}

export function newTally(bounds: YearBounds): Tally {
  return {
    bounds,
    values: zeroValues(),
    breakdowns: Object.fromEntries(breakdownKeys.map((k) => [k, {}])) as Breakdowns,
    centerProfiles: new Map(),
    spacesOpenedInYear: new Set(),
    people: new Map(),
    aidRecipientsByKind: new Map(),
    supportedCooperatives: new Set(),
    cooperativesHostedByNewSpaces: new Set(),
    socialCareCenters: new Set(),
    grantRecipients: new Set(),
    sourceCounts: {},
  };
}

export const regionIndex = new Map(regions.map((r, i) => [r.code, i]));
export const areaIndex = new Map<string, number>(areaTypes.map((a, i) => [a, i]));
const typeIndex = new Map<string, number>(centerTypes.map((t, i) => [t, i]));

export interface CenterProfile {
  regionCode: string;
  areaType: string;
  type: string;
}

export function packCenter(c: CenterProfile): number {
  return (
    (regionIndex.get(c.regionCode) ?? 0) | ((areaIndex.get(c.areaType) ?? 0) << 4) | ((typeIndex.get(c.type) ?? 0) << 6)
  );
}

function packedPart<T>(value: T | undefined, what: string, packed: number): T {
  if (value === undefined) throw new Error(`unpackCenter: no ${what} in packed profile ${packed}`);
  return value;
}

export function unpackCenter(packed: number): CenterProfile {
  return {
    regionCode: packedPart(regions[packed & 15], "region", packed).code,
    areaType: packedPart(areaTypes[(packed >> 4) & 3], "area type", packed),
    type: packedPart(centerTypes[(packed >> 6) & 7], "center type", packed),
  };
}

export function bump(counter: Record<string, number>, bucket: string, by = 1): void {
  counter[bucket] = (counter[bucket] ?? 0) + by;
}

export function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

export const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);
export const money = (amount: number) => Math.round(amount * 100) / 100;
