import * as z from "zod";
import { Count, Id, IsoDate, listShape, systemShape, today } from "./common.js";
import { scopedPage } from "./listing.js";
import { territoryIndexKeys } from "./narrowest-page.js";
import { createRepository } from "./repository.js";
import { checkProvinceInRegion, ProvinceCode, RegionCode } from "./territory.js";

export const sectors = ["textile", "crafts", "agrifood", "services", "other"] as const;

export const CooperativeFields = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(["cooperative", "association"]),
  foundedOn: IsoDate,
  regionCode: RegionCode,
  provinceCode: ProvinceCode,
  sector: z.enum(sectors),
  members: Count(1, 100_000),
  foundedByGraduates: z.boolean(),
  originCenterId: Id.optional(),
});
export const Cooperative = CooperativeFields.extend(systemShape);
export type Cooperative = z.infer<typeof Cooperative>;

export const cooperatives = createRepository({
  label: "cooperative",
  path: "cooperatives",
  regions: { from: "own" },
  prefix: "COOPERATIVE",
  fields: CooperativeFields,
  rules: (c, ctx) => {
    checkProvinceInRegion(c, ctx);
    if (c.foundedOn > today())
      ctx.addIssue({ code: "custom", path: ["foundedOn"], message: "foundedOn is in the future" });
  },
  indexKeys: (c) => territoryIndexKeys("COOPERATIVE", c),
  references: (c) =>
    c.originCenterId ? [{ field: "originCenterId", prefix: "CENTER", label: "center", id: c.originCenterId }] : [],
});

export const CooperativeListQuery = z.strictObject({
  ...listShape,
  regionCode: RegionCode.optional(),
  provinceCode: ProvinceCode.optional(),
  kind: z.enum(["cooperative", "association"]).optional(),
  sector: z.enum(sectors).optional(),
  foundedByGraduates: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

export const listCooperatives = cooperatives.listing((query: z.infer<typeof CooperativeListQuery>) => {
  const { kind, sector, foundedByGraduates } = query;
  return scopedPage("COOPERATIVE", query, { kind, sector, foundedByGraduates });
});
