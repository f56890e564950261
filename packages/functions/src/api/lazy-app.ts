import type { Handler, Hono, MiddlewareHandler } from "hono";
import type { App, AppDeps } from "./app.js";
import type { AppEnv } from "./env.js";

/**
 * The API as the entry points serve it (Lambda and `npm start`): `createApp`'s
 * app, built on the first request rather than at load. Building it loads every
 * route module and core's schemas and registers ~150 documented routes, which
 * was most of the API Lambda's cold start; a bundler turns the `import()` below
 * into code that runs on demand, so none of it runs before the first request.
 *
 * Routes and middleware the entry point adds (`use`, `get`) are kept and added
 * after the app's own, in the same order as on an app built at once: the app
 * answers exactly as `createApp`'s would.
 */
export interface LazyApp {
  fetch: (request: Request, env?: unknown, executionCtx?: Parameters<App["fetch"]>[2]) => Promise<Response>;
  request: (...args: Parameters<App["request"]>) => Promise<Response>;
  use: (path: string, ...handlers: MiddlewareHandler<AppEnv>[]) => LazyApp;
  get: (path: string, handler: Handler<AppEnv>) => LazyApp;
  /** The app itself, built now if it was not yet (what `handle` of hono/aws-lambda calls is only `fetch`). */
  built: () => Promise<App>;
}

export function createLazyApp(deps: AppDeps): LazyApp {
  const additions: Array<(app: Hono<AppEnv>) => void> = [];
  let app: Promise<App> | undefined;
  const built = () =>
    (app ??= import("./app.js")
      .then(({ createApp }) => {
        const made = createApp(deps);
        for (const add of additions) add(made);
        return made;
      })
      .catch((error: unknown) => {
        // A failed build is tried again by the next request, not remembered as the app.
        app = undefined;
        throw error;
      }));
  /** Additions come before the first request, as on any Hono app (its router is fixed by the first one). */
  const later = (add: (app: Hono<AppEnv>) => void) => {
    if (app) throw new Error("Add routes to the API before its first request");
    additions.push(add);
    return lazy;
  };
  const lazy: LazyApp = {
    fetch: async (request, env, executionCtx) => (await built()).fetch(request, env, executionCtx),
    request: async (...args) => (await built()).request(...args),
    use: (path, ...handlers) => later((made) => made.use(path, ...handlers)),
    get: (path, handler) => later((made) => made.get(path, handler)),
    built,
  };
  return lazy;
}
