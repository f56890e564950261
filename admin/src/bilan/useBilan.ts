import { useQuery } from "@tanstack/react-query";
import { useDataProvider } from "react-admin";
import { must } from "../common/must";
import type { EntraideDataProvider } from "../dataProvider";

export const bilanQueryKeys = { years: ["bilan", "years"], year: (year: number) => ["bilan", year] } as const;

/**
 * What the bilan page shows: the years that have a bilan, the chosen one (the
 * newest when none is chosen), the year before it to compare with, and its exports.
 */
export function useBilan(requestedYear: number | undefined) {
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const years = useQuery({ queryKey: bilanQueryKeys.years, queryFn: () => dataProvider.listBilanYears() });
  const year = requestedYear ?? years.data?.[0]?.year;
  const summary = years.data?.find((y) => y.year === year);
  const hasPrevious = year !== undefined && !!years.data?.some((y) => y.year === year - 1);
  const bilan = useQuery({
    queryKey: [...bilanQueryKeys.year(year ?? 0), "figures", summary?.snapshotId],
    queryFn: () => dataProvider.getBilan(must(year, "the year of the bilan")),
    enabled: year !== undefined,
    // After a recompute, the year's figures shown stay until the new ones arrive (the page is not emptied meanwhile).
    placeholderData: (shown) => (shown?.year === year ? shown : undefined),
  });
  const previous = useQuery({
    queryKey: [...bilanQueryKeys.year((year ?? 0) - 1), "figures"],
    queryFn: () => dataProvider.getBilan(must(year, "the year of the bilan") - 1),
    enabled: hasPrevious,
  });
  const exports = useQuery({
    queryKey: [...bilanQueryKeys.year(year ?? 0), "exports", summary?.snapshotId],
    queryFn: () => dataProvider.listBilanExports(must(year, "the year of the bilan")),
    enabled: year !== undefined,
    placeholderData: (shown) => (shown?.[0]?.year === year ? shown : undefined),
  });
  // The files of the bilan shown (its run's); every file of the year if the bilan does not name them.
  const shown = bilan.data;
  const files = exports.data && shown ? exports.data.filter((f) => shown.exports.includes(f.id)) : [];
  return {
    years: years.data,
    isPending: years.isPending || (year !== undefined && bilan.isPending),
    error: years.error ?? bilan.error,
    year,
    summary,
    bilan: bilan.data ?? undefined,
    previous: hasPrevious ? (previous.data ?? undefined) : undefined,
    exports: files.length ? files : (exports.data ?? []),
  };
}
