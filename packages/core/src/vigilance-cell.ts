import * as z from "zod";
import { Count, checkNotBefore, IsoDate, listShape, systemShape } from "./common.js";
import { narrowestPage, territoryChoices, territoryIndexKeys } from "./narrowest-page.js";
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
  regions: { from: "own" },
  prefix: CELL_PREFIX,
  fields: VigilanceCellFields,
  rules: (c, ctx) => {
    checkProvinceInRegion(c, ctx);
    checkNotBefore(ctx, c.establishedOn, c.dissolvedOn, "dissolvedOn", "dissolvedOn is before establishedOn");
  },
  indexKeys: (c) => territoryIndexKeys(CELL_PREFIX, c),
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

export const listVigilanceCells = vigilanceCells.listing((query: z.infer<typeof VigilanceCellListQuery>) => {
  const active =
    query.active === undefined
      ? undefined
      : {
          expression: `attribute_${query.active === "true" ? "not_" : ""}exists(#dissolved)`,
          names: { "#dissolved": "dissolvedOn" },
          values: {},
        };
  const fallback = { index: "gsi3" as const, partitionKey: CELL_PREFIX };
  return narrowestPage(query, territoryChoices(CELL_PREFIX, query), fallback, {}, active);
});
