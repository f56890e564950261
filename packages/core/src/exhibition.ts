import * as z from "zod";
import { REFERENCE_SHARDS, territoryPatterns } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { checkNotBefore, IsoDate, listShape, systemShape } from "./common.js";
import type { Db } from "./db.js";
import { DomainError } from "./errors.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";
import { checkProvinceInRegion, ProvinceCode, RegionCode } from "./territory.js";

export const exhibitionScopes = ["local", "regional", "national", "international"] as const;
export const EXHIBITION_PREFIX = "EXHIBITION";

/** An exhibition where cooperatives sell their products, held in a province. */
export const ExhibitionFields = z.strictObject({
  name: z.string().trim().min(2).max(200),
  scope: z.enum(exhibitionScopes),
  regionCode: RegionCode,
  provinceCode: ProvinceCode,
  startDate: IsoDate,
  endDate: IsoDate,
});
/** `participantCount`: cooperatives taking part, kept by the participation writes themselves. */
export const Exhibition = ExhibitionFields.extend({
  ...systemShape,
  participantCount: z.number().int().min(0).optional(),
});
export type Exhibition = z.infer<typeof Exhibition>;

const startDateFixed =
  "The exhibition has participants, whose records carry its start date: remove them before moving it";

export const exhibitions = createRepository({
  label: "exhibition",
  path: "exhibitions",
  api: { tag: "Exhibitions", schema: "Exhibition" },
  regions: { from: "own" },
  prefix: EXHIBITION_PREFIX,
  fields: ExhibitionFields,
  rules: (e, ctx) => {
    checkProvinceInRegion(e, ctx);
    checkNotBefore(ctx, e.startDate, e.endDate, "endDate", "endDate is before startDate");
  },
  patterns: territoryPatterns(EXHIBITION_PREFIX, REFERENCE_SHARDS),
  beforeUpdate: (stored, patch) => {
    const moved = typeof patch.startDate === "string" && patch.startDate !== stored.startDate;
    if (moved && Number(stored.participantCount ?? 0) > 0) {
      throw new DomainError("conflict", startDateFixed, [{ path: "startDate", message: startDateFixed }]);
    }
  },
  // A participant added between the read above and the write would keep the old start date.
  updateCondition: (e) => ({
    expression: "#c_start = :c_start OR attribute_not_exists(#c_count) OR #c_count = :c_zero",
    names: { "#c_start": "startDate", "#c_count": "participantCount" },
    values: { ":c_start": e.startDate, ":c_zero": 0 },
    description: "without participants, or with the same start date",
  }),
});

export const ExhibitionListQuery = z.strictObject({
  ...listShape,
  regionCode: RegionCode.optional(),
  provinceCode: ProvinceCode.optional(),
  scope: z.enum(exhibitionScopes).optional(),
});

export const listExhibitions = (db: Db, caller: Caller, query: z.infer<typeof ExhibitionListQuery>) =>
  exhibitions.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const exhibitionRegistry = registry(exhibitions, {
  record: Exhibition,
  listQuery: ExhibitionListQuery,
  list: listExhibitions,
});
