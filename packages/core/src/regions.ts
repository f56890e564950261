/**
 * How a registry's records lie in regions, said once in its definition (right
 * after its label): regional officers and API keys limited to regions reach
 * only the records of their regions (region-checks.ts applies it).
 */
export type RegionSource =
  /** The record carries its own `regionCode`. */
  | { from: "own" }
  /** The region of the record its `field` points at, a record of `parent`. */
  | { from: "parent"; field: string; parent: Located };

/** A registry whose records lie in regions: what a check needs of its definition. */
export interface Located {
  /** Human name used in messages: "center". */
  label: string;
  /** Key prefix: "CENTER". */
  prefix: string;
  regions: RegionSource;
}

/** The field that places a record in its region: its own `regionCode`, or the parent it names. */
export const regionField = (source: RegionSource) => (source.from === "own" ? "regionCode" : source.field);
