import * as z from "zod";
// No import attribute: the Lambda bundler (esbuild 0.18, pinned by SST) cannot parse them; tsx, vite and esbuild inline the JSON as is.
import territories from "../../../seeds/territories.json";

export interface Region {
  code: string;
  nameFr: string;
  nameAr: string;
}
export interface Province extends Region {
  regionCode: string;
  kind: "prefecture" | "province";
}

/** The 12 regions of 2015 and their 75 prefectures and provinces (read-only, shipped with the code). */
export const regions: Region[] = territories.regions;
export const provinces: Province[] = territories.provinces as Province[];

const regionByCode = new Map(regions.map((r) => [r.code, r]));
const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

export const findRegion = (code: string) => regionByCode.get(code);
export const findProvince = (code: string) => provinceByCode.get(code);

// Closed lists, so the document names every code a partner may send.
const codesOf = (list: Region[]) => list.map((t) => t.code) as [string, ...string[]];
export const RegionCode = z.enum(codesOf(regions), { message: "Expected a region code MA-01 … MA-12" });
export const ProvinceCode = z.enum(codesOf(provinces), {
  message: "Unknown province or prefecture code (ISO 3166-2, e.g. MA-CAS)",
});

/** Adds an issue when the province does not lie in the region. */
export function checkProvinceInRegion(
  record: { regionCode: string; provinceCode: string },
  ctx: z.RefinementCtx,
): void {
  const province = provinceByCode.get(record.provinceCode);
  if (province && province.regionCode !== record.regionCode) {
    ctx.addIssue({
      code: "custom",
      path: ["provinceCode"],
      message: `${province.nameFr} (${province.code}) lies in region ${province.regionCode}, not ${record.regionCode}`,
    });
  }
}
