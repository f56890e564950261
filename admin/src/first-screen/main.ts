import ar from "../i18n/ar";
import fr from "../i18n/fr";
import { directionOf, intlLocaleOf, rememberedLocale } from "../i18n/locale";
import { FIRST_PAGE_SIZE, isListedRegistry, listColumns } from "../resources/listColumns";
import { territoriesByCode } from "./cells";
import { startEarly } from "./early";
import { FIRST_SCREEN_ID } from "./ids";
import { listTitleOf, menuOf } from "./menu";
import { paintFirstScreen } from "./paint";
import { translator } from "./words";

/**
 * What a signed-in visit runs first, before the console's code has arrived (a classic script of its own: the
 * console's policy allows no inline script). On a registry's list (`#/centers`, no filter) it asks the API for
 * the list's first page (and who is signed in, and the territories its columns name) at once, and paints that
 * page as a plain table in the person's language; the console gets the same answers (early.ts) and removes
 * the table once its own list shows (handOver.tsx). Without a session, on another page, or when an answer fails,
 * it paints nothing and the console boots as it always did.
 */
const apiUrl = import.meta.env.VITE_API_URL ?? "";
/** After this, the console is taken to have failed to boot: the table goes, whatever the console shows. */
const GIVE_UP_MS = 30_000;

interface Session {
  username?: string;
  token?: string;
  expiresAt?: number;
  me?: unknown;
}

async function jsonOrFail(response: Promise<Response>): Promise<unknown> {
  // A copy: the console reads the answer itself.
  const answer = (await response).clone();
  if (!answer.ok) throw new Error(`status ${answer.status}`);
  return answer.json();
}

function start() {
  const session = JSON.parse(localStorage.getItem("entraide.session") ?? "null") as Session | null;
  if (!session?.username || (session.expiresAt && session.expiresAt <= Date.now())) return;
  const locale = rememberedLocale();
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  const hash = window.location.hash;
  if (/^#\/login/.test(hash)) return;
  const { token } = session;
  if (token && !session.me) startEarly(`${apiUrl}/api/auth/me`, token, locale);
  const [resource = "", query] = hash.replace(/^#\/?/, "").split("?");
  if (!isListedRegistry(resource) || query !== undefined) return;
  const columns = listColumns[resource];
  const records = jsonOrFail(startEarly(`${apiUrl}/api/v1/${resource}?limit=${FIRST_PAGE_SIZE}`, token, locale));
  const named = columns.some(({ kind }) => kind === "province" || kind === "region");
  const territories = named
    ? jsonOrFail(startEarly(`${apiUrl}/api/v1/territories`, token, locale)).catch(() => undefined)
    : undefined;
  void Promise.all([records, territories])
    .then(([page, places]) => {
      // The console, or the person, may have moved on meanwhile.
      if (window.location.hash !== hash || document.getElementById(FIRST_SCREEN_ID)) return;
      const { items } = page as { items: Record<string, unknown>[] };
      // An empty list shows the console's own invitation to create a record, which this table can't stand for.
      if (document.querySelector("#root table") || !items.length) return;
      const translate = translator(locale === "fr" ? fr : ar, locale);
      const painted = paintFirstScreen({
        resource,
        columns,
        records: items,
        menu: menuOf(translate),
        title: listTitleOf(translate, resource),
        language: translate(`entraide.languages.${locale}`),
        username: session.username ?? "",
        context: {
          translate,
          locale,
          numbers: new Intl.NumberFormat(intlLocaleOf(locale)),
          territories: territoriesByCode(places as Parameters<typeof territoriesByCode>[0]),
        },
      });
      const remove = () => painted.remove();
      window.addEventListener("hashchange", remove, { once: true });
      window.setTimeout(remove, GIVE_UP_MS);
    })
    .catch(() => undefined);
}

try {
  start();
} catch {
  // A first screen is an extra: whatever goes wrong here, the console boots as usual.
}
