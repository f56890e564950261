import type { OpenAPIHono } from "@hono/zod-openapi";
import { PII_READ } from "./caller.js";

/**
 * Every route says what it needs, in its `createRoute({...})` config as the
 * OpenAPI extension `x-permission` (so partners read it in the document too):
 * a scope, or public. A route that says nothing is refused to everyone.
 */
export type Permission = { scope: string } | { public: true } | { signedIn: true };

/** Spread into `createRoute({...})`: the scope the route needs. */
export const requires = (scope: string) => ({ "x-permission": { scope } as Permission });
/** Spread into `createRoute({...})` of the few routes anyone may call. */
export const anyone = { "x-permission": { public: true } as Permission, security: [] };

/** Spread into `createRoute({...})` of routes any signed-in caller may call, whatever their rights (who am I). */
export const signedIn = { "x-permission": { signedIn: true } as Permission };

/** Scopes a partner app's key can't carry: keys don't make keys. */
const notForKeys = (scope: string) => scope.startsWith("api-keys:");

/** OpenAPI path `/a/{id}` → Hono path `/a/:id`, as @hono/zod-openapi registers it. */
const honoPath = (path: string) => path.replaceAll(/\/{(.+?)}/g, "/:$1");
const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/**
 * The permissions of an app's routes, read from its OpenAPI registry once all
 * routes are registered, plus those of the few routes outside the document.
 */
export class RouteTable {
  private readonly plain = new Map<string, Permission>();
  private documented?: Map<string, { permission?: Permission; bodyTypes?: string[] }>;

  constructor(private readonly app: Pick<OpenAPIHono, "openAPIRegistry">) {}

  /** A route registered without the OpenAPI helpers (docs, health). */
  declare(method: string, path: string, permission: Permission) {
    this.plain.set(keyOf(method, path), permission);
  }

  /** The permission of the route Hono matched (by method and registered path); undefined when it declares none. */
  find(method: string, path: string): Permission | undefined {
    const key = keyOf(method === "HEAD" ? "GET" : method, path);
    return this.plain.get(key) ?? this.routes().get(key)?.permission;
  }

  /** The media types the route's request body may have; undefined when it takes no body. */
  bodyTypes(method: string, path: string): string[] | undefined {
    return this.routes().get(keyOf(method, path))?.bodyTypes;
  }

  /** Every scope routes declare, and `pii:read`, sorted. */
  scopes(): string[] {
    const scopes = new Set([PII_READ]);
    for (const { permission } of this.routes().values())
      if (permission && "scope" in permission) scopes.add(permission.scope);
    return [...scopes].sort();
  }

  /** What an API key may be given: every scope but those only staff carry. */
  grantableScopes(): Set<string> {
    return new Set(this.scopes().filter((s) => !notForKeys(s)));
  }

  private routes() {
    if (!this.documented) {
      this.documented = new Map();
      for (const definition of this.app.openAPIRegistry.definitions) {
        if (definition.type !== "route") continue;
        const route = definition.route as {
          method: string;
          path: string;
          "x-permission"?: Permission;
          request?: { body?: { content?: Record<string, unknown> } };
        };
        const content = route.request?.body?.content;
        this.documented.set(keyOf(route.method, honoPath(route.path)), {
          permission: route["x-permission"],
          bodyTypes: content && Object.keys(content),
        });
      }
    }
    return this.documented;
  }
}
