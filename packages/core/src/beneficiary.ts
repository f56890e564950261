import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { territoryPatterns } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { AreaType, IsoDate, listShape, systemShape, today } from "./common.js";
import type { Db } from "./db.js";
import { matchItem } from "./matching/match-item.js";
import { decryptPersonalIdentifiers, encryptPersonalIdentifiers, nationalIdDigest } from "./pii.js";
import { keepReachable } from "./region-checks.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";
import { checkProvinceInRegion, ProvinceCode, RegionCode } from "./territory.js";

export const categories = ["woman", "child", "disability", "elderly"] as const;
export const disabilityTypes = ["motor", "visual", "hearing", "mental", "multiple"] as const;

/** CIN: one or two capital letters, then one to six digits. */
export const NationalId = z
  .string()
  .regex(/^[A-Z]{1,2}[0-9]{1,6}$/, "Expected a CIN: 1–2 capital letters then 1–6 digits");

export const BeneficiaryFields = z.strictObject({
  nationalId: NationalId.optional(),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  sex: z.enum(["female", "male"]),
  birthDate: IsoDate,
  categories: z
    .array(z.enum(categories))
    .min(1, "At least one category")
    .refine((list) => new Set(list).size === list.length, "Each category once"),
  disabilityType: z.enum(disabilityTypes).optional(),
  regionCode: RegionCode,
  provinceCode: ProvinceCode,
  areaType: AreaType,
  phone: z
    .string()
    .regex(/^(\+212|0)[5-7][0-9]{8}$/, "Expected a Moroccan phone number, e.g. 0612345678 or +212612345678")
    .optional(),
  consentGiven: z.literal(true, { message: "Consent is required (law 09-08)" }),
});
export type BeneficiaryInput = z.infer<typeof BeneficiaryFields>;
/**
 * As answered: callers without `pii:read` on the record's region get national
 * IDs and phones masked (`BK****56`); pseudonymised callers (finance) get names
 * as initials and the birth year only.
 */
export const Beneficiary = BeneficiaryFields.extend({
  ...systemShape,
  nationalId: z
    .string()
    .min(1)
    .max(8)
    .optional()
    .meta({ description: "The CIN, or masked (`BK****56`) without `pii:read`" }),
  phone: z
    .string()
    .min(1)
    .max(13)
    .optional()
    .meta({ description: "The phone, or masked (`06******78`) without `pii:read`" }),
  birthDate: z
    .union([IsoDate, z.string().regex(/^\d{4}$/)])
    .meta({ description: "YYYY-MM-DD, or the year alone for pseudonymised callers" }),
});
export type Beneficiary = z.infer<typeof Beneficiary>;

const nationalIdKey = (db: Db, nationalId: string) => `NATIONALID#${nationalIdDigest(nationalId, db.piiKey)}`;

export const BENEFICIARY_PREFIX = "BENEFICIARY";

export const beneficiaries = createRepository({
  label: "beneficiary",
  path: "beneficiaries",
  api: { tag: "Beneficiaries", schema: "Beneficiary" },
  regions: { from: "own" },
  prefix: BENEFICIARY_PREFIX,
  fields: BeneficiaryFields,
  rules: (b, ctx) => {
    checkProvinceInRegion(b, ctx);
    if (b.birthDate > today())
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "birthDate is in the future" });
    const disabled = b.categories.includes("disability");
    if (disabled && !b.disabilityType) {
      ctx.addIssue({
        code: "custom",
        path: ["disabilityType"],
        message: "Required when categories include disability",
      });
    }
    if (!disabled && b.disabilityType) {
      ctx.addIssue({
        code: "custom",
        path: ["disabilityType"],
        message: "Only allowed when categories include disability",
      });
    }
  },
  patterns: territoryPatterns(BENEFICIARY_PREFIX),
  listFilters: {
    category: (category: string) => ({
      expression: "contains(#cat, :cat)",
      names: { "#cat": "categories" },
      values: { ":cat": category },
    }),
  },
  held: [
    {
      counter: "grantCount",
      holds: (b) => b.categories.includes("disability"),
      path: "categories",
      message: (count) =>
        `This beneficiary holds ${count} grant(s): keep the disability category, or remove the grants first`,
    },
  ],
  uniques: (b, db) =>
    b.nationalId
      ? [
          {
            field: "nationalId",
            key: nationalIdKey(db, b.nationalId),
            message: "A beneficiary with this national ID exists already",
          },
        ]
      : [],
  // National ID and phone are stored encrypted (law 09-08); the guard above finds and keeps the ID unique by its keyed hash.
  toItem: (b, db) => encryptPersonalIdentifiers(b, db.piiKey),
  fromItem: (b, db) => decryptPersonalIdentifiers(b, db.piiKey),
  // Its place among people born the same day with the same sex: duplicate detection reads it (matching/).
  companions: (b, db) => [matchItem(b, db.piiKey)],
});

export const BeneficiaryListQuery = z.strictObject({
  ...listShape,
  regionCode: RegionCode.optional(),
  provinceCode: ProvinceCode.optional(),
  category: z.enum(categories).optional(),
  sex: z.enum(["female", "male"]).optional(),
  nationalId: NationalId.optional(),
});

export async function listBeneficiaries(db: Db, caller: Caller, query: z.infer<typeof BeneficiaryListQuery>) {
  const { nationalId, ...rest } = query;
  return nationalId ? findByNationalId(db, caller, nationalId) : beneficiaries.list(db, caller, rest);
}

/** The national ID's guard item names its owner: one read, no scan; a person of another region is not listed. */
async function findByNationalId(db: Db, caller: Caller, nationalId: string) {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: { pk: nationalIdKey(db, nationalId), sk: "GUARD" } }),
  );
  const found = Item ? [await beneficiaries.get(db, { ...caller, regions: "all" }, Item.owner as string)] : [];
  return { items: await keepReachable(db, caller, beneficiaries.def, found), nextCursor: null };
}

/** The registry, as registries.ts lists it and the API serves it. */
export const beneficiaryRegistry = registry(beneficiaries, {
  record: Beneficiary,
  listQuery: BeneficiaryListQuery,
  list: listBeneficiaries,
});
