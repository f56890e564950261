import { narrowestPage, territoryChoices } from "./narrowest-page.js";
import type { PageRequest } from "./store.js";

/**
 * Picks the narrowest index for a territory-scoped list (province, else region,
 * else the whole kind) and turns equality filters into a filter expression.
 */
export function scopedPage(
  prefix: string,
  query: { limit: number; cursor?: string; regionCode?: string; provinceCode?: string },
  equals: Record<string, string | boolean | undefined>,
  extra?: NonNullable<PageRequest["filter"]>,
): PageRequest {
  return narrowestPage(query, territoryChoices(prefix, query), { index: "gsi3", partitionKey: prefix }, equals, extra);
}
