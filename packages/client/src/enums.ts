// Generated from the Entraide API's OpenAPI document by `npm run generate -w @entraide/client`. Do not edit.
/** Health.status */
export const healthStatus = ["ok"] as const;
/** Health.demoData */
export const healthDemoData = ["loading", "ready"] as const;
/** Province.kind */
export const provinceKind = ["prefecture", "province"] as const;
/** Center.type */
export const centerType = [
  "education_training",
  "kindergarten",
  "social_protection",
  "disability",
  "women",
  "apprenticeship",
  "proximity",
] as const;
/** Center.regionCode */
export const centerRegionCode = [
  "MA-01",
  "MA-02",
  "MA-03",
  "MA-04",
  "MA-05",
  "MA-06",
  "MA-07",
  "MA-08",
  "MA-09",
  "MA-10",
  "MA-11",
  "MA-12",
] as const;
/** Center.provinceCode */
export const centerProvinceCode = [
  "MA-CHE",
  "MA-FAH",
  "MA-HOC",
  "MA-LAR",
  "MA-MDF",
  "MA-OUZ",
  "MA-TET",
  "MA-TNG",
  "MA-BER",
  "MA-DRI",
  "MA-FIG",
  "MA-GUF",
  "MA-JRA",
  "MA-NAD",
  "MA-OUJ",
  "MA-TAI",
  "MA-BOM",
  "MA-FES",
  "MA-HAJ",
  "MA-IFR",
  "MA-MEK",
  "MA-MOU",
  "MA-SEF",
  "MA-TAO",
  "MA-TAZ",
  "MA-KEN",
  "MA-KHE",
  "MA-RAB",
  "MA-SAL",
  "MA-SIK",
  "MA-SIL",
  "MA-SKH",
  "MA-AZI",
  "MA-BEM",
  "MA-FQH",
  "MA-KHN",
  "MA-KHO",
  "MA-BES",
  "MA-BRR",
  "MA-CAS",
  "MA-JDI",
  "MA-MED",
  "MA-MOH",
  "MA-NOU",
  "MA-SET",
  "MA-SIB",
  "MA-CHI",
  "MA-ESI",
  "MA-HAO",
  "MA-KES",
  "MA-MAR",
  "MA-REH",
  "MA-SAF",
  "MA-YUS",
  "MA-ERR",
  "MA-MID",
  "MA-OUA",
  "MA-TIN",
  "MA-ZAG",
  "MA-AGD",
  "MA-CHT",
  "MA-INE",
  "MA-TAR",
  "MA-TAT",
  "MA-TIZ",
  "MA-ASZ",
  "MA-GUE",
  "MA-SIF",
  "MA-TNT",
  "MA-BOD",
  "MA-ESM",
  "MA-LAA",
  "MA-TAF",
  "MA-AOU",
  "MA-OUD",
] as const;
/** Center.areaType */
export const centerAreaType = ["urban", "semi_urban", "rural"] as const;
/** Center.status */
export const centerStatus = ["active", "suspended", "closed"] as const;
/** Beneficiary.sex */
export const beneficiarySex = ["female", "male"] as const;
/** Beneficiary.categories */
export const beneficiaryCategories = ["woman", "child", "disability", "elderly"] as const;
/** Beneficiary.disabilityType */
export const beneficiaryDisabilityType = ["motor", "visual", "hearing", "mental", "multiple"] as const;
/** Beneficiary.regionCode */
export const beneficiaryRegionCode = centerRegionCode;
/** Beneficiary.provinceCode */
export const beneficiaryProvinceCode = centerProvinceCode;
/** Beneficiary.areaType */
export const beneficiaryAreaType = centerAreaType;
/** ProbableDuplicate.reasons */
export const probableDuplicateReasons = [
  "same_national_id",
  "same_birth_date",
  "same_sex",
  "first_name_same",
  "first_name_variant",
  "first_name_across_scripts",
  "first_name_similar",
  "last_name_same",
  "last_name_variant",
  "last_name_across_scripts",
  "last_name_similar",
  "names_swapped",
  "national_id_differs",
] as const;
/** Enrollment.service */
export const enrollmentService = [
  "training",
  "preschool",
  "residential_care",
  "day_care",
  "literacy",
  "rehabilitation",
  "counseling",
] as const;
/** Cooperative.kind */
export const cooperativeKind = ["cooperative", "association"] as const;
/** Cooperative.regionCode */
export const cooperativeRegionCode = centerRegionCode;
/** Cooperative.provinceCode */
export const cooperativeProvinceCode = centerProvinceCode;
/** Cooperative.sector */
export const cooperativeSector = ["textile", "crafts", "agrifood", "services", "other"] as const;
/** MarketplaceSpace.regionCode */
export const marketplaceSpaceRegionCode = centerRegionCode;
/** MarketplaceSpace.provinceCode */
export const marketplaceSpaceProvinceCode = centerProvinceCode;
/** MarketplaceSpace.status */
export const marketplaceSpaceStatus = ["active", "closed"] as const;
/** Exhibition.scope */
export const exhibitionScope = ["local", "regional", "national", "international"] as const;
/** Exhibition.regionCode */
export const exhibitionRegionCode = centerRegionCode;
/** Exhibition.provinceCode */
export const exhibitionProvinceCode = centerProvinceCode;
/** AidDistribution.kind */
export const aidDistributionKind = ["food", "customs_goods", "equipment"] as const;
/** Grant.status */
export const grantStatus = ["awarded", "disbursed", "cancelled"] as const;
/** VigilanceCell.regionCode */
export const vigilanceCellRegionCode = centerRegionCode;
/** VigilanceCell.provinceCode */
export const vigilanceCellProvinceCode = centerProvinceCode;
/** VigilanceAlert.kind */
export const vigilanceAlertKind = ["homelessness", "cold_wave", "abuse", "abandonment", "other"] as const;
/** VigilanceAlert.status */
export const vigilanceAlertStatus = ["open", "referred", "closed"] as const;
/** BilanYear.status */
export const bilanYearStatus = ["provisional", "frozen"] as const;
/** BilanRun.trigger */
export const bilanRunTrigger = ["nightly", "closing", "manual"] as const;
/** BilanRun.status */
export const bilanRunStatus = ["queued", "running", "succeeded", "skipped", "failed"] as const;
/** Export.format */
export const exportFormat = ["csv", "xlsx", "json"] as const;
/** AuditEvent.action */
export const auditEventAction = ["create", "update", "delete"] as const;
/** Import.registry */
export const importRegistry = ["beneficiaries", "enrollments", "centers", "cooperatives"] as const;
/** Import.format */
export const importFormat = ["csv", "xlsx"] as const;
/** Import.status */
export const importStatus = ["awaiting_file", "validating", "validated", "committing", "committed", "failed"] as const;
/** ImportRow.outcome */
export const importRowOutcome = ["valid", "invalid", "duplicate", "probable_duplicate", "created", "skipped"] as const;
