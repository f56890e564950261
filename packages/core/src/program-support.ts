import * as z from "zod";
import { centers } from "./center.js";
import { Id, listShape, Mad, systemShape } from "./common.js";
import { attributeCondition } from "./conditions.js";
import { narrowestPage } from "./narrowest-page.js";
import { createRepository } from "./repository.js";

export const SUPPORT_PREFIX = "PROGRAM_SUPPORT";
/** Entraide Nationale was founded in 1957: no support can be older. */
const FIRST_YEAR = 1957;
const nextYear = () => new Date().getUTCFullYear() + 1;

export const SupportYear = z
  .number()
  .int()
  .min(FIRST_YEAR, `Not before ${FIRST_YEAR}`)
  .max(2100, "At most 2100")
  .refine((year) => year <= nextYear(), "At most next year");

/** The yearly support of the minors-protection program to a social-protection institution. */
export const ProgramSupportFields = z.strictObject({
  centerId: Id,
  year: SupportYear,
  amountMad: Mad(),
  note: z.string().trim().min(1).max(1000).optional(),
});
export const ProgramSupport = ProgramSupportFields.extend(systemShape);
export type ProgramSupport = z.infer<typeof ProgramSupport>;

const supportsOfCenterKey = (centerId: string) => `CENTER#${centerId}#PROGRAM_SUPPORTS`;
const supportsOfYearKey = (year: number | undefined) => `${SUPPORT_PREFIX}#YEAR#${year}`;

export const programSupports = createRepository(
  {
    label: "program support",
    path: "program-supports",
    regions: { from: "parent", field: "centerId", parent: centers.def },
    prefix: SUPPORT_PREFIX,
    fields: ProgramSupportFields,
    indexKeys: (s) => ({
      gsi1pk: supportsOfCenterKey(s.centerId),
      gsi1sk: `${s.year}#${s.id}`,
      gsi2pk: supportsOfYearKey(s.year),
      gsi2sk: s.id,
      gsi3pk: SUPPORT_PREFIX,
      gsi3sk: s.id,
    }),
    references: (s) => [
      {
        field: "centerId",
        prefix: "CENTER",
        label: "center",
        id: s.centerId,
        // Checked on the center item in the support's own transaction, not by an earlier read.
        condition: attributeCondition(
          "type",
          "equals",
          "social_protection",
          "of type social_protection (the minors-protection program supports social-protection institutions)",
        ),
        // Counted on the center, which stays of type social_protection while it has any (center.ts).
        counter: "supportCount",
      },
    ],
    uniques: (s) => [
      {
        field: "year",
        key: `${SUPPORT_PREFIX}#CENTER#${s.centerId}#YEAR#${s.year}`,
        message: `This center has a minors-protection support for ${s.year} already`,
      },
    ],
  },
  { immutable: ["centerId"] },
);

export const ProgramSupportListQuery = z.strictObject({
  ...listShape,
  centerId: Id.optional(),
  year: z.coerce.number({ message: "Expected a year" }).int().min(FIRST_YEAR).max(9999).optional(),
});

export const listProgramSupports = programSupports.listing((query: z.infer<typeof ProgramSupportListQuery>) => {
  const { centerId, year } = query;
  const choices = [
    { field: "centerId", value: centerId, index: "gsi1" as const, partitionKey: supportsOfCenterKey(centerId ?? "") },
    { field: "year", value: year, index: "gsi2" as const, partitionKey: supportsOfYearKey(year) },
  ];
  return narrowestPage(query, choices, { index: "gsi3", partitionKey: SUPPORT_PREFIX });
});
