import type { LazyPage } from "../common/lazyPage";
import type { EntraideDataProvider } from "../dataProvider";
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

/**
 * Asks for the first page of the list an address opens (`#/centers`, not `#/centers?filter=…`) as the console
 * starts, beside its code: the list then finds its rows there when it renders instead of asking after.
 */
export function startFirstPageOf(hash: string, dataProvider: Pick<EntraideDataProvider, "startFirstPage">) {
  const [path = "", query] = hash.replace(/^#\/?/, "").split("?");
  const resource = resources.find((r) => r.name === path);
  if (resource?.list && query === undefined) dataProvider.startFirstPage(resource.name);
}
