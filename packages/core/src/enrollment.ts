import * as z from "zod";
import { allOfKind } from "./access-patterns.js";
import { BENEFICIARY_PREFIX, beneficiaries } from "./beneficiary.js";
import { beneficiaryRecords } from "./beneficiary-records.js";
import type { Caller } from "./caller.js";
import { CENTER_PREFIX } from "./center.js";
import { checkNotBefore, Id, IsoDate, listShape, systemShape } from "./common.js";
import type { Db } from "./db.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";

export const services = [
  "training",
  "preschool",
  "residential_care",
  "day_care",
  "literacy",
  "rehabilitation",
  "counseling",
] as const;

export const EnrollmentFields = z.strictObject({
  beneficiaryId: Id,
  centerId: Id,
  service: z.enum(services),
  startDate: IsoDate,
  endDate: IsoDate.optional(),
});
export const Enrollment = EnrollmentFields.extend(systemShape);
export type Enrollment = z.infer<typeof Enrollment>;

export const ENROLLMENT_PREFIX = "ENROLLMENT";

export const enrollments = createRepository(
  {
    label: "enrollment",
    path: "enrollments",
    api: { tag: "Enrollments", schema: "Enrollment" },
    regions: { from: "parent", field: "beneficiaryId", parent: beneficiaries.def },
    prefix: ENROLLMENT_PREFIX,
    fields: EnrollmentFields,
    rules: (e, ctx) => checkNotBefore(ctx, e.startDate, e.endDate, "endDate", "endDate is before startDate"),
    patterns: {
      byCenter: { index: "gsi1", pk: `${CENTER_PREFIX}#{centerId}#ENROLLMENTS`, sk: "{id}" },
      byBeneficiary: beneficiaryRecords(ENROLLMENT_PREFIX),
      allOfKind: allOfKind(ENROLLMENT_PREFIX),
    },
    references: (e) => [
      { field: "beneficiaryId", prefix: BENEFICIARY_PREFIX, label: "beneficiary", id: e.beneficiaryId },
      { field: "centerId", prefix: CENTER_PREFIX, label: "center", id: e.centerId },
    ],
  },
  { immutable: ["beneficiaryId", "centerId"] },
);

export const EnrollmentListQuery = z.strictObject({
  ...listShape,
  centerId: Id.optional(),
  beneficiaryId: Id.optional(),
  service: z.enum(services).optional(),
});

export const listEnrollments = (db: Db, caller: Caller, query: z.infer<typeof EnrollmentListQuery>) =>
  enrollments.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const enrollmentRegistry = registry(enrollments, {
  record: Enrollment,
  listQuery: EnrollmentListQuery,
  list: listEnrollments,
});
