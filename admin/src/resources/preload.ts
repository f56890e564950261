import type { LazyPage } from "../common/lazyPage";
import { resources } from ".";

/**
 * Starts loading the page an address opens (`#/centers`, `#/centers/ID/show`…)
 * as soon as the console starts, alongside signing in, rather than after it:
 * the page's code is then there when react-admin renders it.
 */
export function preloadPageOf(hash: string, dashboard?: LazyPage) {
  const [name = "", id, action] = (hash.replace(/^#\/?/, "").split("?")[0] ?? "").split("/");
  if (name === "") return dashboard?.preload().catch(() => undefined);
  const resource = resources.find((r) => r.name === name);
  const page =
    id === undefined
      ? resource?.list
      : id === "create"
        ? resource?.create
        : action === "show"
          ? resource?.show
          : resource?.edit;
  return (page as Partial<LazyPage> | undefined)?.preload?.().catch(() => undefined);
}
