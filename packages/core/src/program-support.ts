import * as z from "zod";
import { allOfKind, REFERENCE_SHARDS } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { CENTER_PREFIX, centers } from "./center.js";
import { Id, listShape, Mad, systemShape } from "./common.js";
import { attributeCondition } from "./conditions.js";
import type { Db } from "./db.js";
import { registry } from "./registry.js";
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

export const programSupports = createRepository(
  {
    label: "program support",
    path: "program-supports",
    api: { tag: "Minors protection", schema: "ProgramSupport" },
    regions: { from: "parent", field: "centerId", parent: centers.def },
    prefix: SUPPORT_PREFIX,
    fields: ProgramSupportFields,
    patterns: {
      byCenter: { index: "gsi1", pk: `${CENTER_PREFIX}#{centerId}#PROGRAM_SUPPORTS`, sk: "{year}#{id}" },
      byYear: { index: "gsi2", pk: `${SUPPORT_PREFIX}#YEAR#{year}`, sk: "{id}" },
      allOfKind: allOfKind(SUPPORT_PREFIX, REFERENCE_SHARDS),
    },
    references: (s) => [
      {
        field: "centerId",
        prefix: CENTER_PREFIX,
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

export const listProgramSupports = (db: Db, caller: Caller, query: z.infer<typeof ProgramSupportListQuery>) =>
  programSupports.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const programSupportRegistry = registry(programSupports, {
  record: ProgramSupport,
  listQuery: ProgramSupportListQuery,
  list: listProgramSupports,
});
