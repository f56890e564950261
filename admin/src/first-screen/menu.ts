import { type Me, mayDo } from "../auth/access";
import { listColumns } from "../resources/listColumns";
import type { Translate } from "./words";

/** The registries in the console's menu after the dashboard and the bilan (resources/index.ts: the lists, then the imports). */
export const menuRegistries = [...Object.keys(listColumns), "imports"];

/**
 * The console's menu (layout/Layout.tsx) as its labels and addresses: the registries `me` may list, as the
 * console's canAccess answers (all of them while who is signed in is not known yet).
 */
export const menuOf = (translate: Translate, me?: Me) => [
  { label: translate("ra.page.dashboard"), href: "#/" },
  { label: translate("entraide.bilan.menu"), href: "#/bilan" },
  ...menuRegistries
    .filter((name) => !me || mayDo(me, "list", name))
    .map((name) => ({
      label: translate(`resources.${name}.name`, { smart_count: 2 }),
      href: `#/${name}`,
    })),
];

/** A list page's title, as react-admin words it (`resources.<name>.page.list`, else `ra.page.list`). */
export const listTitleOf = (translate: Translate, resource: string) =>
  translate(`resources.${resource}.page.list`, {
    _: translate("ra.page.list", { name: translate(`resources.${resource}.name`, { smart_count: 2 }) }),
  });
