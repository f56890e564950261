import * as z from "zod";
import { REFERENCE_SHARDS, territoryPatterns } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { Count, checkNotBefore, IsoDate, listShape, systemShape } from "./common.js";
import type { Db } from "./db.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";
import { checkProvinceInRegion, ProvinceCode, RegionCode } from "./territory.js";

export const CELL_PREFIX = "VIGILANCE_CELL";

/** A provincial social-vigilance cell; active until `dissolvedOn` is set. */
export const VigilanceCellFields = z.strictObject({
  regionCode: RegionCode,
  provinceCode: ProvinceCode,
  establishedOn: IsoDate,
  dissolvedOn: IsoDate.optional(),
  members: Count(1, 1000),
});
export const VigilanceCell = VigilanceCellFields.extend(systemShape);
export type VigilanceCell = z.infer<typeof VigilanceCell>;

export const vigilanceCells = createRepository({
  label: "vigilance cell",
  path: "vigilance-cells",
  api: { tag: "Vigilance cells", schema: "VigilanceCell" },
  regions: { from: "own" },
  prefix: CELL_PREFIX,
  fields: VigilanceCellFields,
  rules: (c, ctx) => {
    checkProvinceInRegion(c, ctx);
    checkNotBefore(ctx, c.establishedOn, c.dissolvedOn, "dissolvedOn", "dissolvedOn is before establishedOn");
  },
  patterns: territoryPatterns(CELL_PREFIX, REFERENCE_SHARDS),
  listFilters: {
    // Active until dissolved.
    active: (active: "true" | "false") => ({
      expression: `attribute_${active === "true" ? "not_" : ""}exists(#dissolved)`,
      names: { "#dissolved": "dissolvedOn" },
      values: {},
    }),
  },
  // The guard exists only while the cell is active: dissolving frees the province, reviving takes it again.
  uniques: (c) =>
    c.dissolvedOn
      ? []
      : [
          {
            field: "provinceCode",
            key: `${CELL_PREFIX}#ACTIVE#${c.provinceCode}`,
            message: "This province has an active vigilance cell already",
          },
        ],
});

export const VigilanceCellListQuery = z.strictObject({
  ...listShape,
  regionCode: RegionCode.optional(),
  provinceCode: ProvinceCode.optional(),
  active: z.enum(["true", "false"]).optional(),
});

export const listVigilanceCells = (db: Db, caller: Caller, query: z.infer<typeof VigilanceCellListQuery>) =>
  vigilanceCells.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const vigilanceCellRegistry = registry(vigilanceCells, {
  record: VigilanceCell,
  listQuery: VigilanceCellListQuery,
  list: listVigilanceCells,
});
