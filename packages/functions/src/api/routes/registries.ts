import {
  AidDistribution,
  AidDistributionListQuery,
  aidDistributions,
  listAidDistributions,
} from "@entraide/core/aid-distribution";
import { Beneficiary, BeneficiaryListQuery, beneficiaries, listBeneficiaries } from "@entraide/core/beneficiary";
import { Center, CenterListQuery, centers, listCenters } from "@entraide/core/center";
import { Cooperative, CooperativeListQuery, cooperatives, listCooperatives } from "@entraide/core/cooperative";
import { Enrollment, EnrollmentListQuery, enrollments, listEnrollments } from "@entraide/core/enrollment";
import { Exhibition, ExhibitionListQuery, exhibitions, listExhibitions } from "@entraide/core/exhibition";
import { Grant, GrantListQuery, grants, listGrants } from "@entraide/core/grant";
import {
  listMarketplaceSpaces,
  MarketplaceSpace,
  MarketplaceSpaceListQuery,
  marketplaceSpaces,
} from "@entraide/core/marketplace-space";
import {
  listProgramSupports,
  ProgramSupport,
  ProgramSupportListQuery,
  programSupports,
} from "@entraide/core/program-support";
import {
  listVigilanceCells,
  VigilanceCell,
  VigilanceCellListQuery,
  vigilanceCells,
} from "@entraide/core/vigilance-cell";
import { crudRegistry } from "../crud.js";
import { beneficiaryDuplicateRoutes } from "./beneficiary-duplicates.js";
import { cooperativeRoutes } from "./cooperatives.js";
import { exhibitionRoutes } from "./exhibitions.js";
import { marketplaceSpaceRoutes } from "./marketplace-spaces.js";
import { vigilanceCellRoutes } from "./vigilance-cells.js";

/**
 * The registries: each one's list, create, read, change and delete routes are
 * derived from its repository and schemas; `also` names the file of its other
 * routes. In the order the API documentation lists them.
 */
export const registries = [
  crudRegistry({
    path: "centers",
    tag: "Centers",
    repository: centers,
    record: Center.openapi("Center"),
    listQuery: CenterListQuery,
    list: listCenters,
  }),
  crudRegistry({
    path: "beneficiaries",
    tag: "Beneficiaries",
    repository: beneficiaries,
    record: Beneficiary.openapi("Beneficiary"),
    listQuery: BeneficiaryListQuery,
    list: listBeneficiaries,
    also: beneficiaryDuplicateRoutes,
  }),
  crudRegistry({
    path: "enrollments",
    tag: "Enrollments",
    repository: enrollments,
    record: Enrollment.openapi("Enrollment"),
    listQuery: EnrollmentListQuery,
    list: listEnrollments,
  }),
  crudRegistry({
    path: "cooperatives",
    tag: "Cooperatives",
    repository: cooperatives,
    record: Cooperative.openapi("Cooperative"),
    listQuery: CooperativeListQuery,
    list: listCooperatives,
    also: cooperativeRoutes,
  }),
  crudRegistry({
    path: "marketplace-spaces",
    tag: "Marketplace spaces",
    repository: marketplaceSpaces,
    record: MarketplaceSpace.openapi("MarketplaceSpace"),
    listQuery: MarketplaceSpaceListQuery,
    list: listMarketplaceSpaces,
    also: marketplaceSpaceRoutes,
  }),
  crudRegistry({
    path: "exhibitions",
    tag: "Exhibitions",
    repository: exhibitions,
    record: Exhibition.openapi("Exhibition"),
    listQuery: ExhibitionListQuery,
    list: listExhibitions,
    also: exhibitionRoutes,
  }),
  crudRegistry({
    path: "aid-distributions",
    tag: "Aid distributions",
    repository: aidDistributions,
    record: AidDistribution.openapi("AidDistribution"),
    listQuery: AidDistributionListQuery,
    list: listAidDistributions,
  }),
  crudRegistry({
    path: "grants",
    tag: "FACS grants",
    repository: grants,
    record: Grant.openapi("Grant"),
    listQuery: GrantListQuery,
    list: listGrants,
  }),
  crudRegistry({
    path: "program-supports",
    tag: "Minors protection",
    repository: programSupports,
    record: ProgramSupport.openapi("ProgramSupport"),
    listQuery: ProgramSupportListQuery,
    list: listProgramSupports,
  }),
  crudRegistry({
    path: "vigilance-cells",
    tag: "Vigilance cells",
    repository: vigilanceCells,
    record: VigilanceCell.openapi("VigilanceCell"),
    listQuery: VigilanceCellListQuery,
    list: listVigilanceCells,
    also: vigilanceCellRoutes,
  }),
];
