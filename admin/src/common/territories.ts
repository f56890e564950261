import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useDataProvider, useLocaleState } from "react-admin";
import type { Province, Region } from "../api/types";
import type { EntraideDataProvider } from "../dataProvider";

/** The 12 regions and 75 prefectures and provinces, read once, named in the current language. */
export function useTerritories() {
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const [locale] = useLocaleState();
  const { data, isPending } = useQuery({
    queryKey: ["territories"],
    queryFn: () => dataProvider.getTerritories(),
    staleTime: Infinity,
  });
  return useMemo(() => {
    const nameOf = (territory: Region | undefined, code: string) =>
      territory ? (locale === "ar" ? territory.nameAr : territory.nameFr) : code;
    const regions = data?.regions ?? [];
    const provinces: Province[] = regions.flatMap((region) => region.provinces);
    const regionByCode = new Map<string, Region>(regions.map((r) => [r.code, r]));
    const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
    return {
      isPending,
      regions,
      provincesOf: (regionCode?: string) => provinces.filter((p) => !regionCode || p.regionCode === regionCode),
      regionOfProvince: (provinceCode: string) => provinceByCode.get(provinceCode)?.regionCode,
      regionName: (code: string) => nameOf(regionByCode.get(code), code),
      provinceName: (code: string) => nameOf(provinceByCode.get(code), code),
    };
  }, [data, isPending, locale]);
}
