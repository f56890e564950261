import { categories, disabilityTypes } from "../beneficiary.js";
import { regions } from "../territory.js";
import { type AgeBand, ageBands } from "./period.js";
import { areaTypes, bump, type Tally } from "./tally.js";

/**
 * One number per person, so people and their records are read in one scan
 * whatever order it meets them in: bits 0–11 the regions and 12–14 the area
 * types of the centers that served them, then flags and their own attributes.
 */
const AREA_BITS_FROM = 12;
export const PersonBits = {
  served: 1 << 15,
  foodRecipient: 1 << 16,
  female: 1 << 17,
  male: 1 << 18,
  /** Categories woman, child, disability, elderly from bit 19; age band (1–3, 0 unknown) in bits 23–24. */
  categoriesFrom: 19,
  ageBandFrom: 23,
  /** Disability type (1–5, 0 none) in bits 25–27. */
  disabilityTypeFrom: 25,
} as const;

export function markPerson(tally: Tally, id: string, bits: number): void {
  tally.people.set(id, (tally.people.get(id) ?? 0) | bits);
}

/** The served-bits of one center: its region and its area type. */
export function servingBits(packed: number): number {
  return (1 << (packed & 15)) | (1 << (AREA_BITS_FROM + ((packed >> 4) & 3)));
}

export const RURAL_OR_SEMI_URBAN_BITS = (1 << (AREA_BITS_FROM + 1)) | (1 << (AREA_BITS_FROM + 2));

/** Adds one served person's buckets (serving centers' regions and area types, own attributes) to the breakdowns. */
export function countServedPerson(tally: Tally, bits: number): void {
  const b = tally.breakdowns;
  if (bits & PersonBits.female) bump(b["beneficiaries.bySex"], "female");
  if (bits & PersonBits.male) bump(b["beneficiaries.bySex"], "male");
  categories.forEach((category, i) => {
    if (bits & (1 << (PersonBits.categoriesFrom + i))) bump(b["beneficiaries.byCategory"], category);
  });
  const band = (bits >> PersonBits.ageBandFrom) & 3;
  const ageBand = band ? ageBands[band - 1] : undefined;
  if (ageBand) bump(b["beneficiaries.byAgeBand"], ageBand);
  const disability = (bits >> PersonBits.disabilityTypeFrom) & 7;
  const disabilityType = disability ? disabilityTypes[disability - 1] : undefined;
  if (disabilityType) bump(b["beneficiaries.byDisabilityType"], disabilityType);
  regions.forEach((r, i) => {
    if (bits & (1 << i)) bump(tally.breakdowns["beneficiaries.byRegion"], r.code);
  });
  areaTypes.forEach((a, i) => {
    if (bits & (1 << (AREA_BITS_FROM + i))) bump(tally.breakdowns["beneficiaries.byAreaType"], a);
  });
}

/** A person's own attributes as bits of their number. */
export function personAttributeBits(
  sex: string | undefined,
  personCategories: string[],
  ageBand: AgeBand | undefined,
  disabilityType?: string,
): number {
  let bits = sex === "female" ? PersonBits.female : sex === "male" ? PersonBits.male : 0;
  categories.forEach((category, i) => {
    if (personCategories.includes(category)) bits |= 1 << (PersonBits.categoriesFrom + i);
  });
  if (ageBand) bits |= (ageBands.indexOf(ageBand) + 1) << PersonBits.ageBandFrom;
  const disability = disabilityTypes.indexOf(disabilityType as (typeof disabilityTypes)[number]);
  if (disability >= 0) bits |= (disability + 1) << PersonBits.disabilityTypeFrom;
  return bits;
}

export const hasDisability = (bits: number) =>
  (bits & (1 << (PersonBits.categoriesFrom + categories.indexOf("disability")))) !== 0;
