import * as z from "zod";
import { beneficiaries } from "./beneficiary.js";
import { checkNotBefore, Id, IsoDate, listShape, systemShape } from "./common.js";
import { createRepository } from "./repository.js";
import type { PageRequest } from "./store.js";

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

/** Partition of every record about one beneficiary (enrollments now; aid and grants share it). */
export const beneficiaryRecordsKey = (beneficiaryId: string) => `BENEFICIARY#${beneficiaryId}#RECORDS`;

export const enrollments = createRepository(
  {
    label: "enrollment",
    path: "enrollments",
    regions: { from: "parent", field: "beneficiaryId", parent: beneficiaries.def },
    prefix: "ENROLLMENT",
    fields: EnrollmentFields,
    rules: (e, ctx) => checkNotBefore(ctx, e.startDate, e.endDate, "endDate", "endDate is before startDate"),
    indexKeys: (e) => ({
      gsi1pk: `CENTER#${e.centerId}#ENROLLMENTS`,
      gsi1sk: e.id,
      gsi2pk: beneficiaryRecordsKey(e.beneficiaryId),
      gsi2sk: `ENROLLMENT#${e.id}`,
      gsi3pk: "ENROLLMENT",
      gsi3sk: e.id,
    }),
    references: (e) => [
      { field: "beneficiaryId", prefix: "BENEFICIARY", label: "beneficiary", id: e.beneficiaryId },
      { field: "centerId", prefix: "CENTER", label: "center", id: e.centerId },
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

export const listEnrollments = enrollments.listing((query: z.infer<typeof EnrollmentListQuery>) => {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clauses: string[] = [];
  const where = (field: string, value: string | undefined) => {
    if (value === undefined) return;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    clauses.push(`#${field} = :${field}`);
  };
  where("service", query.service);
  let request: Omit<PageRequest, "filter">;
  const base = { limit: query.limit, cursor: query.cursor };
  if (query.centerId) {
    where("beneficiaryId", query.beneficiaryId);
    request = { ...base, index: "gsi1", partitionKey: `CENTER#${query.centerId}#ENROLLMENTS` };
  } else if (query.beneficiaryId) {
    request = {
      ...base,
      index: "gsi2",
      partitionKey: beneficiaryRecordsKey(query.beneficiaryId),
      sortKeyPrefix: "ENROLLMENT#",
    };
  } else {
    request = { ...base, index: "gsi3", partitionKey: "ENROLLMENT" };
  }
  const filter = clauses.length ? { expression: clauses.join(" AND "), names, values } : undefined;
  return { ...request, filter };
});
