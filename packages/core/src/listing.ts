import type { PageRequest } from "./store.js";

/**
 * Picks the narrowest index for a territory-scoped list (province, else region,
 * else the whole kind) and turns equality filters into a filter expression.
 */
export function scopedPage(
  prefix: string,
  query: { limit: number; cursor?: string; regionCode?: string; provinceCode?: string },
  equals: Record<string, string | boolean | undefined>,
  extra?: { expression: string; names: Record<string, string>; values: Record<string, unknown> },
): PageRequest {
  const filters = Object.entries(equals).filter(([, v]) => v !== undefined);
  if (query.provinceCode && query.regionCode) filters.push(["regionCode", query.regionCode]);
  const names: Record<string, string> = { ...extra?.names };
  const values: Record<string, unknown> = { ...extra?.values };
  const clauses = filters.map(([name, value], i) => {
    names[`#f${i}`] = name;
    values[`:f${i}`] = value;
    return `#f${i} = :f${i}`;
  });
  if (extra) clauses.push(extra.expression);
  const base = { limit: query.limit, cursor: query.cursor };
  const filter = clauses.length ? { expression: clauses.join(" AND "), names, values } : undefined;
  if (query.provinceCode) return { ...base, filter, index: "gsi1", partitionKey: `${prefix}#PROVINCE#${query.provinceCode}` };
  if (query.regionCode) return { ...base, filter, index: "gsi2", partitionKey: `${prefix}#REGION#${query.regionCode}` };
  return { ...base, filter, index: "gsi3", partitionKey: prefix };
}
