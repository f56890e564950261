import { findApiKey, touchApiKey } from "@entraide/core/api-key";
import type { Db } from "@entraide/core/db";
import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { Identity } from "../../auth/identity.js";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";
import { allRegionsOf, apiKeyCaller, type Caller, can, regionsFor, staffCaller } from "./caller.js";
import type { RouteTable } from "./permissions.js";
import { createRateLimiter, type RateLimit } from "./rate-limit.js";

export interface GuardOptions {
  routes: RouteTable;
  identity: Identity;
  db: Db;
  rateLimit: RateLimit;
}

/**
 * Finds the route the request reached and what it declares; public routes
 * pass, others need a caller (a staff token or a partner's API key) whose
 * grants allow the route's scope. A route that declares nothing is refused.
 * Then writes of this request are audited as the caller's.
 */
export function accessGuard({ routes, identity, db, rateLimit }: GuardOptions): MiddlewareHandler<AppEnv> {
  const take = createRateLimiter(rateLimit);
  return async (c, next) => {
    const endpoint = endpointOf(c);
    if (!endpoint) return next(); // no such route: the 404 says so
    const permission = routes.find(c.req.method, endpoint);
    if (!permission) return errorResponse(c, 403, "forbidden", "This route declares no permission, so it is closed");
    if ("public" in permission) return next();

    const caller = await authenticate(c, identity, db);
    if (!caller) {
      c.header("WWW-Authenticate", 'Bearer realm="entraide"');
      return errorResponse(
        c,
        401,
        "unauthorized",
        "Sign in: send Authorization: Bearer <token>, or X-Api-Key: <key> for partner apps",
      );
    }
    c.set("caller", caller);
    if (caller.apiKey) {
      const wait = take(caller.apiKey.id);
      if (wait > 0) {
        c.header("Retry-After", String(wait));
        return errorResponse(c, 429, "rate_limited", `Too many requests for this API key; retry in ${wait} s`);
      }
      await touchApiKey(db, caller.apiKey);
    }
    if ("signedIn" in permission) {
      c.set("callerContext", { actor: caller.actor, requestId: c.var.requestId, regions: allRegionsOf(caller) });
      return next();
    }
    if (!can(caller, permission.scope)) {
      return errorResponse(c, 403, "forbidden", `This needs the ${permission.scope} right, which you don't have`);
    }
    c.set("route", { path: endpoint, scope: permission.scope });
    const regions = regionsFor(caller, permission.scope);
    c.set("callerContext", { actor: caller.actor, requestId: c.var.requestId, regions });
    return next();
  };
}

/** The registered path of the API route that answers (middlewares are registered for ALL methods). */
export function endpointOf(c: Context): string | undefined {
  const method = c.req.method === "HEAD" ? "GET" : c.req.method;
  return matchedRoutes(c).find((r) => r.method === method && r.path.startsWith("/api/"))?.path;
}

/** Bad or absent credentials: undefined (the answer is 401 either way, saying nothing of why). */
async function authenticate(c: Context, identity: Identity, db: Db): Promise<Caller | undefined> {
  const authorization = c.req.header("authorization");
  const key = c.req.header("x-api-key");
  if (authorization && key) return undefined;
  if (key) {
    const apiKey = await findApiKey(db, key);
    return apiKey && apiKeyCaller(apiKey);
  }
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token) return undefined;
  try {
    const { username, groups, regions } = await identity.verifyToken(token);
    return staffCaller(username, groups, regions);
  } catch {
    return undefined;
  }
}
