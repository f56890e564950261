import {
  aidDistributionKind,
  beneficiaryCategories,
  beneficiaryDisabilityType,
  beneficiarySex,
  bilanRunStatus,
  bilanYearStatus,
  centerAreaType,
  centerStatus,
  centerType,
  cooperativeKind,
  cooperativeSector,
  enrollmentService,
  exhibitionScope,
  grantStatus,
  marketplaceSpaceStatus,
  vigilanceAlertKind,
  vigilanceAlertStatus,
} from "@entraide/client/enums";

/**
 * The fixed lists the console offers, in the API's order: the lists of its
 * OpenAPI document (@entraide/client/enums), under the names of their
 * translations, `entraide.enums.<list>.<value>` (from the glossary's labels).
 */
export const enums = {
  centerType,
  centerStatus,
  areaType: centerAreaType,
  sex: beneficiarySex,
  category: beneficiaryCategories,
  disabilityType: beneficiaryDisabilityType,
  service: enrollmentService,
  sector: cooperativeSector,
  cooperativeKind,
  spaceStatus: marketplaceSpaceStatus,
  exhibitionScope,
  aidKind: aidDistributionKind,
  grantStatus,
  /** A cell's `active` flag, offered as a list filter (a boolean in the API). */
  cellActivity: ["true", "false"],
  alertKind: vigilanceAlertKind,
  alertStatus: vigilanceAlertStatus,
  bilanStatus: bilanYearStatus,
  runStatus: bilanRunStatus,
} as const;
export type EnumName = keyof typeof enums;

/** Choices for a select input; react-admin translates each name. */
export const choicesOf = (list: EnumName) =>
  enums[list].map((value) => ({ id: value, name: `entraide.enums.${list}.${value}` }));
