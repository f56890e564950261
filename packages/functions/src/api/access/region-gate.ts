import { findProvince } from "@entraide/core/territory";
import type { Context, MiddlewareHandler, Next } from "hono";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";
import { regionsFor } from "./caller.js";
import type { RouteTable } from "./permissions.js";
import { type RegionCache, type RegionRule, regionOfFields, regionOfRecord, regionRules } from "./record-regions.js";
import { isObject, jsonBody, replaceJson } from "./responses.js";

type Regions = ReadonlySet<string>;
type Located = Exclude<RegionRule, { from: "none" }>;

/**
 * Keeps callers limited to regions (regional officers, keys with `regions`)
 * inside them, by the route's shape `/api/v1/<kind>[/{id}[/…]]`:
 * - a record of another region (or anything under it) answers 404, as if it didn't exist;
 * - a list is narrowed to their region, answers empty when asked for another,
 *   and never returns another region's item;
 * - creating or moving a record into another region is refused (403).
 */
export function regionGate(routes: RouteTable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { caller, route } = c.var;
    if (!caller || !route) return next();
    const regions = regionsFor(caller, route.scope);
    if (regions === "all") return next();
    const [, api, version, kind = "", id, ...rest] = route.path.split("/");
    const rule = regionRules[kind];
    if (api !== "api" || version !== "v1" || !rule) {
      return errorResponse(
        c,
        403,
        "forbidden",
        "These records are not tied to regions: they need access to every region",
      );
    }
    if (rule.from === "none") return next();
    const cache: RegionCache = new Map();

    if (id === ":id") {
      const recordId = c.req.path.split("/")[4] ?? "";
      const region = await regionOfRecord(c.var.db, kind, recordId, cache);
      if (region !== undefined && !regions.has(region))
        return errorResponse(c, 404, "not_found", `No ${rule.label} with id ${recordId}`);
      if (c.req.method === "PATCH" && rest.length === 0) return refuseOutside(c, next, kind, rule, regions, cache);
      return next();
    }
    if (id !== undefined) return errorResponse(c, 403, "forbidden", "This route has no territory rule");
    if (c.req.method === "GET") return listInRegions(c, next, { routes, kind, rule, regions, cache });
    if (c.req.method === "POST") return refuseOutside(c, next, kind, rule, regions, cache);
    return next();
  };
}

/** A body placing the record in another region (its regionCode, or the parent it names) is refused. */
async function refuseOutside(
  c: Context<AppEnv>,
  next: Next,
  kind: string,
  rule: Located,
  regions: Regions,
  cache: RegionCache,
) {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return next(); // not JSON: the route's validation answers
  }
  const region = isObject(body) ? await regionOfFields(c.var.db, kind, body, cache) : undefined;
  if (region === undefined || regions.has(region)) return next();
  const field = rule.from === "own" ? "regionCode" : rule.field;
  const message = "Outside your regions";
  return errorResponse(c, 403, "forbidden", `This ${rule.label} would lie outside your regions`, [
    { path: field, message },
  ]);
}

interface ListScope {
  routes: RouteTable;
  kind: string;
  rule: Located;
  regions: Regions;
  cache: RegionCache;
}

async function listInRegions(c: Context<AppEnv>, next: Next, { routes, kind, rule, regions, cache }: ListScope) {
  const url = new URL(c.req.url);
  const query = url.searchParams;
  const empty = () => c.json({ items: [], nextCursor: null }, 200);
  if (rule.from === "own") {
    const asked = query.get("regionCode");
    const province = findProvince(query.get("provinceCode") ?? "");
    if ((asked && !regions.has(asked)) || (province && !regions.has(province.regionCode))) return empty();
    // One region: read its index rather than filter every region's records.
    if (!asked && regions.size === 1 && routes.acceptsQuery("GET", c.var.route!.path, "regionCode")) {
      query.set("regionCode", [...regions][0]!);
      c.req.raw = new Request(url, c.req.raw);
    }
  } else {
    const parentId = query.get(rule.field);
    const region = parentId ? await regionOfRecord(c.var.db, rule.parent, parentId, cache) : undefined;
    if (region !== undefined && !regions.has(region)) return empty();
  }
  await next();
  // Whatever the query, no item of another region leaves (a page may come out shorter; nextCursor goes on).
  const body = await jsonBody(c);
  if (c.res.status !== 200 || !isObject(body) || !Array.isArray(body.items)) return;
  const located = await Promise.all(
    body.items.map(async (item) => (isObject(item) ? await regionOfFields(c.var.db, kind, item, cache) : undefined)),
  );
  const items = body.items.filter((_, i) => located[i] !== undefined && regions.has(located[i]!));
  if (items.length !== body.items.length) replaceJson(c, { ...body, items });
}
