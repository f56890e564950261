import { centerProvinceCode, centerRegionCode } from "@entraide/client/enums";
import { provinceLabels, regionLabels } from "@entraide/core/glossary/labels";
import { describe, expect, it } from "vitest";
import { tiles } from "../bilan/RegionMap";

/** The console's territories are the API document's: its names and its map hold no code of their own. */
describe("the console's territories", () => {
  const sorted = (codes: Iterable<string>) => [...codes].sort();

  it("name every region and province the registries accept, and no other", () => {
    expect(sorted(Object.keys(regionLabels))).toEqual(sorted(centerRegionCode));
    expect(sorted(Object.keys(provinceLabels))).toEqual(sorted(centerProvinceCode));
  });

  it("place each region the registries accept on the bilan's map, once", () => {
    expect(sorted(tiles.map((tile) => tile.code))).toEqual(sorted(centerRegionCode));
  });
});
