import * as z from "zod";
import { REFERENCE_SHARDS, territoryPatterns } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { Count, IsoDate, listShape, systemShape } from "./common.js";
import type { Db } from "./db.js";
import { DomainError } from "./errors.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";
import { checkProvinceInRegion, ProvinceCode, RegionCode } from "./territory.js";

export const MarketplaceSpaceFields = z.strictObject({
  name: z.string().trim().min(2).max(200),
  regionCode: RegionCode,
  provinceCode: ProvinceCode,
  openedOn: IsoDate,
  stalls: Count(1, 10_000),
  status: z.enum(["active", "closed"]),
});
/** `hostsActive`: stalls taken now, kept by the hosting writes themselves. */
export const MarketplaceSpace = MarketplaceSpaceFields.extend({
  ...systemShape,
  hostsActive: Count(0, 10_000).optional(),
});
export type MarketplaceSpace = z.infer<typeof MarketplaceSpace>;

export const SPACE_PREFIX = "MARKETPLACE_SPACE";

export const marketplaceSpaces = createRepository({
  label: "marketplace space",
  path: "marketplace-spaces",
  api: { tag: "Marketplace spaces", schema: "MarketplaceSpace" },
  regions: { from: "own" },
  prefix: SPACE_PREFIX,
  fields: MarketplaceSpaceFields,
  rules: checkProvinceInRegion,
  patterns: territoryPatterns(SPACE_PREFIX, REFERENCE_SHARDS),
  beforeUpdate: (stored, patch) => {
    const occupied = Number(stored.hostsActive ?? 0);
    if (typeof patch.stalls === "number" && patch.stalls < occupied) {
      throw new DomainError(
        "conflict",
        `${occupied} cooperatives are hosted now: end some hostings before reducing stalls`,
        [{ path: "stalls", message: `At least ${occupied} (stalls taken now)` }],
      );
    }
  },
});

export const MarketplaceSpaceListQuery = z.strictObject({
  ...listShape,
  regionCode: RegionCode.optional(),
  provinceCode: ProvinceCode.optional(),
  status: z.enum(["active", "closed"]).optional(),
});

export const listMarketplaceSpaces = (db: Db, caller: Caller, query: z.infer<typeof MarketplaceSpaceListQuery>) =>
  marketplaceSpaces.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const marketplaceSpaceRegistry = registry(marketplaceSpaces, {
  record: MarketplaceSpace,
  listQuery: MarketplaceSpaceListQuery,
  list: listMarketplaceSpaces,
});
