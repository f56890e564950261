import { type EnumName, enums } from "../common/enums";
import type { EntraideDataProvider } from "../dataProvider";

export interface Figure {
  key: string;
  value: number;
  /** The count stopped at its cap: "more than value". */
  capped?: boolean;
}

export interface Chart {
  key: string;
  /** The fixed list the bars are values of, for their labels. */
  list?: EnumName;
  bars: Array<{ key: string; value: number }>;
}

export interface DashboardData {
  source: "indicators" | "counts";
  /** The bilan's year, or the current year when counted live. */
  year: number;
  computedAt?: string;
  figures: Figure[];
  charts: Chart[];
}

/** Pages of 100 walked per count: enough for a first look, bounded for large registries. */
const MAX_PAGES = 10;

/**
 * The key figures of the latest year that has a bilan (`GET /api/v1/indicators`
 * lists them, so no year is asked for blindly); counted live from the
 * registries' lists only while no bilan exists at all.
 */
export async function loadDashboard(dataProvider: EntraideDataProvider, currentYear: number): Promise<DashboardData> {
  const [latest] = await dataProvider.listBilanYears();
  const indicators = latest ? await dataProvider.getIndicators(latest.year) : null;
  if (latest && indicators) {
    return {
      source: "indicators",
      year: latest.year,
      computedAt: indicators.computedAt,
      figures: Object.entries(indicators.values).map(([key, value]) => ({ key, value })),
      charts: Object.entries(indicators.breakdowns ?? {}).map(([key, breakdown]) => ({
        key,
        list: listOf(Object.keys(breakdown)),
        bars: Object.entries(breakdown).map(([bar, value]) => ({ key: bar, value })),
      })),
    };
  }
  return { ...(await countFromRegistries(dataProvider)), year: currentYear };
}

async function countFromRegistries(dataProvider: EntraideDataProvider): Promise<Omit<DashboardData, "year">> {
  const count = (resource: string, filter: Record<string, string> = {}) =>
    dataProvider.count(resource, filter, MAX_PAGES);
  const figure = async (key: string, resource: string, filter?: Record<string, string>): Promise<Figure> => {
    const { count: value, capped } = await count(resource, filter);
    return { key, value, capped };
  };
  const breakdown = async (key: string, resource: string, field: string, list: EnumName): Promise<Chart> => ({
    key,
    list,
    bars: await Promise.all(
      enums[list].map(async (value) => ({ key: value, value: (await count(resource, { [field]: value })).count })),
    ),
  });
  const [figures, charts] = await Promise.all([
    Promise.all([
      figure("centers", "centers"),
      figure("centers_active", "centers", { status: "active" }),
      figure("beneficiaries", "beneficiaries"),
      figure("enrollments", "enrollments"),
      figure("cooperatives", "cooperatives"),
      figure("marketplace_spaces", "marketplace-spaces"),
    ]),
    Promise.all([
      breakdown("centers_by_type", "centers", "type", "centerType"),
      breakdown("cooperatives_by_sector", "cooperatives", "sector", "sector"),
    ]),
  ]);
  return { source: "counts", figures, charts };
}

/** Which fixed list a breakdown's keys come from, if any (their labels are then translated). */
function listOf(keys: string[]): EnumName | undefined {
  return (Object.keys(enums) as EnumName[]).find((list) =>
    keys.every((key) => (enums[list] as readonly string[]).includes(key)),
  );
}
