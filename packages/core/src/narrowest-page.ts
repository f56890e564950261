import type { PageRequest } from "./store.js";
import type { IndexName } from "./table.js";

type Filter = NonNullable<PageRequest["filter"]>;
type Value = string | number | boolean | undefined;

/** An index partition that serves a query when `value` is given. */
export interface IndexChoice {
  field: string;
  value: Value;
  index: IndexName | "table";
  partitionKey: string;
  sortKeyPrefix?: string;
}

/** `a = :a AND b = :b …` for the criteria that are set, plus an optional extra clause. */
export function equalsFilter(equals: Record<string, Value>, extra?: Filter): Filter | undefined {
  const names: Record<string, string> = { ...extra?.names };
  const values: Record<string, unknown> = { ...extra?.values };
  const clauses = Object.entries(equals)
    .filter(([, value]) => value !== undefined)
    .map(([name, value], i) => {
      names[`#f${i}`] = name;
      values[`:f${i}`] = value;
      return `#f${i} = :f${i}`;
    });
  if (extra) clauses.push(extra.expression);
  return clauses.length ? { expression: clauses.join(" AND "), names, values } : undefined;
}

/**
 * Reads through the first index of `choices` whose criterion is given (the
 * narrowest first), else through `fallback`; every other criterion becomes a filter.
 */
export function narrowestPage(
  page: { limit: number; cursor?: string },
  choices: IndexChoice[],
  fallback: { index: IndexName; partitionKey: string },
  equals: Record<string, Value> = {},
  extra?: Filter,
): PageRequest {
  const chosen = choices.find((choice) => choice.value !== undefined);
  const others = Object.fromEntries(choices.filter((c) => c !== chosen).map((c) => [c.field, c.value]));
  const filter = equalsFilter({ ...others, ...equals }, extra);
  const where = chosen
    ? { index: chosen.index, partitionKey: chosen.partitionKey, sortKeyPrefix: chosen.sortKeyPrefix }
    : fallback;
  return { limit: page.limit, cursor: page.cursor, ...where, filter };
}

/** The province index, else the region index, of a record kind placed in the territory. */
export function territoryChoices(prefix: string, query: { regionCode?: string; provinceCode?: string }): IndexChoice[] {
  return [
    {
      field: "provinceCode",
      value: query.provinceCode,
      index: "gsi1",
      partitionKey: `${prefix}#PROVINCE#${query.provinceCode}`,
    },
    {
      field: "regionCode",
      value: query.regionCode,
      index: "gsi2",
      partitionKey: `${prefix}#REGION#${query.regionCode}`,
    },
  ];
}

/** Index keys of a record kind placed in the territory: province (gsi1), region (gsi2), all (gsi3). */
export function territoryIndexKeys(prefix: string, record: { id: string; regionCode: string; provinceCode: string }) {
  return {
    gsi1pk: `${prefix}#PROVINCE#${record.provinceCode}`,
    gsi1sk: record.id,
    gsi2pk: `${prefix}#REGION#${record.regionCode}`,
    gsi2sk: record.id,
    gsi3pk: prefix,
    gsi3sk: record.id,
  };
}
