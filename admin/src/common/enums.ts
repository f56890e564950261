/**
 * The registry's fixed lists (as in the API's schemas). Each value's label is
 * the translation `entraide.enums.<list>.<value>`.
 */
export const enums = {
  centerType: ["education_training", "kindergarten", "social_protection", "disability", "women", "apprenticeship", "proximity"],
  centerStatus: ["active", "suspended", "closed"],
  areaType: ["urban", "semi_urban", "rural"],
  sex: ["female", "male"],
  category: ["woman", "child", "disability", "elderly"],
  disabilityType: ["motor", "visual", "hearing", "mental", "multiple"],
  service: ["training", "preschool", "residential_care", "day_care", "literacy", "rehabilitation", "counseling"],
  sector: ["textile", "crafts", "agrifood", "services", "other"],
  cooperativeKind: ["cooperative", "association"],
  spaceStatus: ["active", "closed"],
  exhibitionScope: ["local", "regional", "national", "international"],
  aidKind: ["food", "customs_goods", "equipment"],
  grantStatus: ["awarded", "disbursed", "cancelled"],
  cellActivity: ["true", "false"],
  alertKind: ["homelessness", "cold_wave", "abuse", "abandonment", "other"],
  alertStatus: ["open", "referred", "closed"],
} as const;

export type EnumName = keyof typeof enums;

/** Choices for a select input; react-admin translates each name. */
export const choicesOf = (list: EnumName) => enums[list].map((value) => ({ id: value, name: `entraide.enums.${list}.${value}` }));
