import { directionOf } from "../i18n/locale";
import type { ListColumn } from "../resources/listColumns";
import { type CellContext, cellOf } from "./cells";
import { FIRST_SCREEN_ID } from "./ids";

/**
 * The console's frame as react-admin lays it out (app bar 48 px, menu 280 px, list card under a 64 px filter bar,
 * MUI's table sizes and colours), so that the console, once booted, takes its place without moving the rows.
 */
const styles = `
#${FIRST_SCREEN_ID}{position:fixed;inset:0;z-index:1500;overflow:auto;background:#fafafb;color:rgba(0,0,0,.87);
font:16px/1.5 "Noto Sans Arabic",Helvetica,Arial,sans-serif}
#${FIRST_SCREEN_ID} .fs-bar{position:fixed;top:0;inset-inline:0;height:48px;display:flex;align-items:center;
padding:0 8px;background:#2196f3;color:#fff;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
#${FIRST_SCREEN_ID} .fs-burger{width:24px;height:24px;margin:0 8px;fill:currentColor}
#${FIRST_SCREEN_ID} .fs-title{flex:1;margin:0 4.8px;font-size:20px;line-height:32px;font-weight:400;white-space:nowrap;overflow:hidden}
#${FIRST_SCREEN_ID} .fs-bar span{margin:0 12px;font-size:14px;font-weight:500}
#${FIRST_SCREEN_ID}.fs-fr .fs-lang{text-transform:uppercase}
#${FIRST_SCREEN_ID} nav{position:fixed;top:48px;inset-inline-start:0;width:280px;padding-top:8px}
#${FIRST_SCREEN_ID} nav a{display:flex;align-items:center;box-sizing:border-box;min-height:40px;padding:8px 16px;padding-inline-start:56px;line-height:1.35;color:rgba(0,0,0,.6);text-decoration:none}
#${FIRST_SCREEN_ID} nav a[aria-current]{color:rgba(0,0,0,.87)}
#${FIRST_SCREEN_ID} main{margin-top:48px;margin-inline-start:280px;padding:64px 8px 8px}
#${FIRST_SCREEN_ID} .fs-card{background:#fff;border-radius:4px;overflow:hidden;
box-shadow:0 2px 1px -1px rgba(0,0,0,.2),0 1px 1px 0 rgba(0,0,0,.14),0 1px 3px 0 rgba(0,0,0,.12)}
#${FIRST_SCREEN_ID} table{width:100%;border-collapse:collapse}
#${FIRST_SCREEN_ID} th,#${FIRST_SCREEN_ID} td{padding:6px 16px;border-bottom:1px solid #e0e0e0;text-align:start;font-size:14px}
#${FIRST_SCREEN_ID} th{font-weight:500;line-height:24px}
#${FIRST_SCREEN_ID} td{line-height:20.02px}
#${FIRST_SCREEN_ID} tbody tr{cursor:pointer}
#${FIRST_SCREEN_ID} .fs-chips{display:flex;flex-wrap:wrap;gap:4px}
#${FIRST_SCREEN_ID} .fs-chip{display:inline-flex;align-items:center;height:24px;padding:0 8px;border-radius:16px;
background:rgba(0,0,0,.08);font-size:13px;white-space:nowrap}
#${FIRST_SCREEN_ID} tbody tr:hover{background:rgba(0,0,0,.04)}
`;

const BURGER = "M3 18h18v-2H3zm0-5h18v-2H3zm0-7v2h18V6z";

export interface FirstScreen {
  resource: string;
  columns: readonly ListColumn[];
  records: Record<string, unknown>[];
  /** The menu's entries, in its order: dashboard, bilan, registries. */
  menu: { label: string; href: string }[];
  title: string;
  language: string;
  username: string;
  context: CellContext;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/** The list's first page as a plain table under the console's frame; each row opens its record, as in the console. */
export function paintFirstScreen(screen: FirstScreen): HTMLElement {
  const { resource, columns, records, context } = screen;
  const root = element("div", undefined, `fs-${context.locale}`);
  root.id = FIRST_SCREEN_ID;
  root.dir = directionOf(context.locale);
  root.lang = context.locale;
  const style = element("style", styles);
  const bar = element("header", undefined, "fs-bar");
  bar.innerHTML = `<svg class="fs-burger" viewBox="0 0 24 24" aria-hidden="true"><path d="${BURGER}"/></svg>`;
  bar.append(element("h6", screen.title, "fs-title"), element("span", screen.language, "fs-lang"));
  bar.append(element("span", screen.username));
  const nav = element("nav");
  for (const item of screen.menu) {
    const link = element("a", item.label);
    link.href = item.href;
    if (item.href === `#/${resource}`) link.setAttribute("aria-current", "page");
    nav.append(link);
  }
  const table = element("table");
  const head = table.createTHead().insertRow();
  for (const { source } of columns) {
    head.append(element("th", context.translate(`resources.${resource}.fields.${source}`, { _: source })));
  }
  const body = table.createTBody();
  for (const record of records) {
    const row = body.insertRow();
    row.dataset.id = String(record.id);
    row.addEventListener("click", () => {
      window.location.hash = `#/${resource}/${encodeURIComponent(String(record.id))}/show`;
    });
    for (const column of columns) {
      const cell = cellOf(column, record, context);
      const td = row.insertCell();
      if (cell.chips) {
        const chips = element("div", undefined, "fs-chips");
        chips.append(...cell.chips.map((chip) => element("span", chip, "fs-chip")));
        td.append(chips);
      } else if (cell.dir) td.append(Object.assign(element("bdi", cell.text), { dir: cell.dir }));
      else td.textContent = cell.text;
    }
  }
  const card = element("div", undefined, "fs-card");
  card.append(table);
  const main = element("main");
  main.append(card);
  root.append(style, bar, nav, main);
  document.body.append(root);
  return root;
}
