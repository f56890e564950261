import { provinces } from "@entraide/core/territory";

/** The bilan of 2015 as the article gives it (scale 1). */
export const article2015 = {
  "centers.active": 3988,
  centersRuralOrSemiUrban: 1994,
  "beneficiaries.served": 493_970,
  "socialCare.institutionsSupported": 22,
  "aid.foodRecipientsWithDisability": 3810,
  "cooperatives.createdByGraduates": 82,
  "cooperatives.supported": 800,
  "exhibitions.held": 80,
  "marketplaceSpaces.opened": 40,
  "marketplaceSpaces.cooperativesHosted": 400,
  "facs.incomeGeneratingBeneficiaries": 500,
  "vigilanceCells.active": 52,
} as const;

/** A count at a scale: in proportion, rounded, at least 1. */
export const scaled = (count: number, scale: number) => Math.max(1, Math.round(count * scale));
/** The same for counts that may vanish at small scales (the records around the figures). */
const around = (count: number, scale: number) => Math.round(count * scale);

/**
 * How many records of each kind the dataset holds. The figures of the article
 * are met exactly; around them are the records that must not count (a center
 * closed the year before, a cancelled grant, an exhibition of the year
 * before…), so the bilan's rules are exercised by the seed too.
 */
export function seedPlan(scale: number) {
  const a = article2015;
  const s = (n: number) => scaled(n, scale);
  const activeCenters = s(a["centers.active"]);
  const supported = s(a["cooperatives.supported"]);
  const hostedByNewSpaces = Math.min(s(a["marketplaceSpaces.cooperativesHosted"]), supported);
  const hostedByOlderSpaces = Math.min(around(100, scale), supported - hostedByNewSpaces);
  const served = s(a["beneficiaries.served"]);
  return {
    centers: {
      active: activeCenters,
      ruralOrSemiUrban: Math.min(s(a.centersRuralOrSemiUrban), activeCenters),
      openedInYear: around(150, scale),
      closedInYear: around(40, scale),
      closedBefore: around(120, scale),
    },
    people: {
      served,
      notServed: around(9000, scale),
      /** Share of the served with a second enrollment the same year. */
      enrolledTwice: 0.08,
      disabledShare: 0.1,
    },
    aid: {
      foodDisabled: s(a["aid.foodRecipientsWithDisability"]),
      foodDisabledYearBefore: around(300, scale),
      foodOthers: around(2500, scale),
      customsGoods: s(1200),
      equipment: around(600, scale),
    },
    grants: {
      recipients: s(a["facs.incomeGeneratingBeneficiaries"]),
      cancelled: around(40, scale),
      yearBefore: around(100, scale),
    },
    supports: { inYear: s(a["socialCare.institutionsSupported"]), yearBefore: around(15, scale) },
    cooperatives: {
      createdByGraduates: s(a["cooperatives.createdByGraduates"]),
      createdByOthers: around(40, scale),
      supported,
      hostedByNewSpaces,
      hostedByOlderSpaces,
      exhibitedOnly: supported - hostedByNewSpaces - hostedByOlderSpaces,
      /** Hosted by a new space and exhibited too: counted once. */
      hostedAndExhibited: Math.min(around(50, scale), hostedByNewSpaces),
      unsupported: around(200, scale),
    },
    spaces: { opened: s(a["marketplaceSpaces.opened"]), older: around(15, scale) },
    exhibitions: { held: s(a["exhibitions.held"]), yearBefore: around(5, scale) },
    cells: { active: Math.min(s(a["vigilanceCells.active"]), provinces.length), dissolvedBefore: around(6, scale) },
  };
}
export type SeedPlan = ReturnType<typeof seedPlan>;

/** The figures the bilan of the seeded year must show at this scale. */
export function expectedFigures(scale: number) {
  const plan = seedPlan(scale);
  return {
    "centers.active": plan.centers.active,
    "centers.ruralOrSemiUrbanShare":
      Math.round((plan.centers.ruralOrSemiUrban / plan.centers.active) * 10_000) / 10_000,
    "beneficiaries.served": plan.people.served,
    "socialCare.institutionsSupported": plan.supports.inYear,
    "aid.foodRecipientsWithDisability": plan.aid.foodDisabled,
    "aid.customsGoodsRecipients": plan.aid.customsGoods,
    "cooperatives.createdByGraduates": plan.cooperatives.createdByGraduates,
    "cooperatives.supported": plan.cooperatives.supported,
    "exhibitions.held": plan.exhibitions.held,
    "marketplaceSpaces.opened": plan.spaces.opened,
    "marketplaceSpaces.cooperativesHosted": plan.cooperatives.hostedByNewSpaces,
    "facs.incomeGeneratingBeneficiaries": plan.grants.recipients,
    "vigilanceCells.active": plan.cells.active,
  };
}
