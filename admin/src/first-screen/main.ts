import type { TranslationMessages } from "react-admin";
import { numberWriter } from "../common/numbers";
import type { AppLocale } from "../i18n/locale";
import { listColumns } from "../resources/listColumns";
import { territoriesByCode } from "./cells";
import { firstPage } from "./firstPage";
import { FIRST_SCREEN_ID } from "./ids";
import { listTitleOf, menuOf } from "./menu";
import { paintFirstScreen } from "./paint";
import { translator } from "./words";

/**
 * The first screen: the list's first page that start.ts asked for, painted as a plain table in the person's
 * language as soon as it comes, then the console is started; the console gets the same answers (early.ts) and
 * removes the table once its own list shows (handOver.tsx). When the answer fails or the list is empty it paints
 * nothing and the console starts as usual.
 */
/** The console's words the first screen shows, in both languages (wordsTable.ts, taken when the console is built). */
declare const __FIRST_SCREEN_WORDS__: Record<AppLocale, TranslationMessages>;
/** After this, the console is taken to have failed to boot: the table goes, whatever the console shows. */
const GIVE_UP_MS = 30_000;

async function paint() {
  const asked = firstPage();
  if (!asked) return;
  const { resource, hash, locale } = asked;
  let painted = false;
  try {
    const [page, places, references] = await Promise.all([asked.page, asked.territories, asked.references]);
    // The console, or the person, may have moved on meanwhile.
    if (window.location.hash !== hash || document.getElementById(FIRST_SCREEN_ID)) return;
    const { items } = page as { items: Record<string, unknown>[] };
    // An empty list shows the console's own invitation to create a record, which this table can't stand for.
    if (document.querySelector("#root table") || !items.length) return;
    const translate = translator(__FIRST_SCREEN_WORDS__[locale], locale);
    const screen = paintFirstScreen({
      resource,
      columns: listColumns[resource],
      records: items,
      menu: menuOf(translate, asked.me),
      title: listTitleOf(translate, resource),
      language: translate(`entraide.languages.${locale}`),
      username: asked.username,
      context: {
        translate,
        locale,
        numbers: numberWriter(locale),
        territories: territoriesByCode(places as Parameters<typeof territoriesByCode>[0]),
        references,
      },
    });
    painted = true;
    const remove = () => screen.remove();
    window.addEventListener("hashchange", remove, { once: true });
    window.setTimeout(remove, GIVE_UP_MS);
  } catch {
    // No first screen: the console shows the list (or the error) itself.
  } finally {
    // The console's start is a string of long tasks (its code runs, then renders): once the first screen is on
    // screen and the browser idle, or a quarter second after the paint at the latest.
    const boot = () => asked.boot?.();
    // (Safari has no requestIdleCallback: there, the next task.)
    const whenIdle = (run: () => void) =>
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(run, { timeout: 250 })
        : window.setTimeout(run, 0);
    if (painted) requestAnimationFrame(() => whenIdle(boot));
    else boot();
  }
}

void paint();
