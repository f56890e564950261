import * as z from "zod";
import { territoryPatterns } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { CENTER_PREFIX } from "./center.js";
import { Count, Id, IsoDate, listShape, systemShape, today } from "./common.js";
import type { Db } from "./db.js";
import { registry } from "./registry.js";
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

export const COOPERATIVE_PREFIX = "COOPERATIVE";

export const cooperatives = createRepository({
  label: "cooperative",
  path: "cooperatives",
  api: { tag: "Cooperatives", schema: "Cooperative" },
  regions: { from: "own" },
  prefix: COOPERATIVE_PREFIX,
  fields: CooperativeFields,
  rules: (c, ctx) => {
    checkProvinceInRegion(c, ctx);
    if (c.foundedOn > today())
      ctx.addIssue({ code: "custom", path: ["foundedOn"], message: "foundedOn is in the future" });
  },
  patterns: territoryPatterns(COOPERATIVE_PREFIX),
  references: (c) =>
    c.originCenterId ? [{ field: "originCenterId", prefix: CENTER_PREFIX, label: "center", id: c.originCenterId }] : [],
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

export const listCooperatives = (db: Db, caller: Caller, query: z.infer<typeof CooperativeListQuery>) =>
  cooperatives.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const cooperativeRegistry = registry(cooperatives, {
  record: Cooperative,
  listQuery: CooperativeListQuery,
  list: listCooperatives,
});
