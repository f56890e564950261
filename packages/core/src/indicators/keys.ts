/**
 * The figures of the yearly bilan, named as the exports and the API name them.
 * Labels are in French and Arabic: finance staff read both.
 */
export const indicatorKeys = [
  "centers.active",
  "centers.ruralOrSemiUrbanShare",
  "beneficiaries.served",
  "beneficiaries.servedRuralOrSemiUrbanShare",
  "socialCare.institutionsSupported",
  "aid.foodRecipientsWithDisability",
  "aid.customsGoodsRecipients",
  "aid.valueMad",
  "cooperatives.createdByGraduates",
  "cooperatives.supported",
  "exhibitions.held",
  "marketplaceSpaces.opened",
  "marketplaceSpaces.cooperativesHosted",
  "facs.incomeGeneratingBeneficiaries",
  "facs.amountMad",
  "vigilanceCells.active",
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

// Their labels live in the glossary (glossary/labels.ts), which names these keys: the words depend on the keys.

/** Breakdowns: a figure split by one dimension, bucket → value. */
export const breakdownKeys = [
  "centers.byType",
  "centers.byRegion",
  "centers.byAreaType",
  "beneficiaries.byCategory",
  "beneficiaries.bySex",
  "beneficiaries.byAgeBand",
  "beneficiaries.byDisabilityType",
  "beneficiaries.byRegion",
  "beneficiaries.byAreaType",
  "aid.recipientsByKind",
  "aid.valueMadByKind",
  "vigilanceAlerts.byKind",
] as const;
export type BreakdownKey = (typeof breakdownKeys)[number];

export type IndicatorValues = Record<IndicatorKey, number>;
export type Breakdowns = Record<BreakdownKey, Record<string, number>>;

export const zeroValues = (): IndicatorValues =>
  Object.fromEntries(indicatorKeys.map((k) => [k, 0])) as IndicatorValues;
