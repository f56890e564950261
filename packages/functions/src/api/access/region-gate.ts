import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";
import { regionsFor } from "./caller.js";
import { kindOf, openToRegionalCallers } from "./record-regions.js";

/**
 * Callers limited to regions (regional officers, keys with `regions`) reach
 * the kinds whose records lie in regions — core keeps them inside theirs,
 * record by record (core/region-checks.ts) — and the kinds that are the same
 * for every region. Anything else (API keys, the audit trail) needs every region.
 */
export function regionGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { caller, route } = c.var;
    if (!caller || !route || regionsFor(caller, route.scope) === "all") return next();
    if (openToRegionalCallers(kindOf(route.scope))) return next();
    return errorResponse(
      c,
      403,
      "forbidden",
      "These records are not tied to regions: they need access to every region",
    );
  };
}
