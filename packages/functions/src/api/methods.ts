import type { Hono, MiddlewareHandler } from "hono";
import { endpointOf } from "./access/guard.js";
import type { RouteTable } from "./access/permissions.js";
import type { AppEnv } from "./env.js";
import { errorResponse } from "./errors.js";

/**
 * 415 when a body comes in a media type the route does not declare (before
 * any parsing), so a partner sending form data or text learns why at once.
 */
export function declaredBodyTypes(routes: RouteTable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const endpoint = endpointOf(c);
    const accepted = endpoint && routes.bodyTypes(c.req.method, endpoint);
    if (!accepted) return next();
    const type = c.req.header("content-type");
    const sent =
      type !== undefined ||
      Number(c.req.header("content-length") ?? 0) > 0 ||
      c.req.header("transfer-encoding") !== undefined;
    const essence = ((type ?? "").split(";")[0] ?? "").trim().toLowerCase();
    if (sent && !accepted.includes(essence)) {
      // The types listed by commas: the message is translated around them, an English "or" would stay.
      const types = accepted.join(", ");
      return errorResponse(c, 415, "unsupported_media_type", `Send the body as ${types}`, [
        { path: "Content-Type", message: `Expected ${types}` },
      ]);
    }
    return next();
  };
}

/** The methods each registered path answers, for 405 and `Allow` (HEAD with GET; OPTIONS as CORS answers it). */
export function allowedMethods(app: Hono<AppEnv>) {
  let patterns: Array<{ pattern: RegExp; methods: Set<string> }> | undefined;
  return (path: string): string[] => {
    patterns ??= compile(app);
    const methods = new Set<string>();
    for (const route of patterns) if (route.pattern.test(path)) for (const m of route.methods) methods.add(m);
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}

function compile(app: Hono<AppEnv>) {
  const byPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === "ALL" || route.path.includes("*")) continue; // middleware
    byPath.set(route.path, (byPath.get(route.path) ?? new Set()).add(route.method));
  }
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\/:[^/]+/g, "/[^/]+")}/?$`),
    methods,
  }));
}
