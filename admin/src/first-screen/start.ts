import type { Me } from "../auth/access";
import { type AppLocale, directionOf, rememberedLocale } from "../i18n/locale";
import { FIRST_PAGE_SIZE, isListedRegistry, listColumns } from "../resources/listColumns";
import { bootConsole } from "./boot";
import { startEarly } from "./early";
import { type FirstPage, setFirstPage } from "./firstPage";
import { askReferences } from "./references";

/**
 * What every visit runs first, before any file of the page has arrived (a classic script inline in index.html, which
 * the console's policy allows by its hash). Signed in, on a registry's list (`#/centers`, no filter), it asks the API at
 * once for the list's first page, the territories its columns name and who is signed in; the first screen
 * (main.ts, run next in the same script) paints that page and then starts the console. Anywhere else the console
 * starts now.
 */
/** The API's address, an attribute of the inline script (the upload writes a deployed one in): not in its hashed text. */
const apiUrl = document.currentScript?.dataset.apiUrl ?? "";
/** The console starts at the latest this long after the page, painted or not (a slow API must not hold it). */
const BOOT_AT_THE_LATEST_MS = 1_000;
/** The console's entry module (the build's `index-*.js`), and the chunks it imports, each after its own imports. */
declare const __CONSOLE_ENTRY__: string;
declare const __CONSOLE_ENTRY_CHUNKS__: string[];
/**
 * What a signed-in visit always needs beyond the entry (the signed-in frame, and each language's messages), which
 * the entry would only ask for once it has run: asked for with the entry (build/preloadSignedIn.ts lists them).
 */
declare const __SIGNED_IN_FILES__: { frame: string[]; messages: Record<AppLocale, string[]> };

/** The signed-in files for a visit with a kept session (not the sign-in page); none for the others. */
function signedInFiles(): string[] {
  if (!localStorage.getItem("entraide.session") || /^#\/login/.test(window.location.hash)) return [];
  return [...__SIGNED_IN_FILES__.frame, ...__SIGNED_IN_FILES__.messages[rememberedLocale()]];
}

export const boot = () => bootConsole(__CONSOLE_ENTRY__, __CONSOLE_ENTRY_CHUNKS__, signedInFiles());

interface Session {
  username?: string;
  token?: string;
  expiresAt?: number;
  me?: Me;
}

async function jsonOrFail(response: Promise<Response>): Promise<unknown> {
  // A copy: the console reads the answer itself.
  const answer = (await response).clone();
  if (!answer.ok) throw new Error(`status ${answer.status}`);
  return answer.json();
}

/** The first page asked for, when this visit is a signed-in one to a registry's list. */
function askFirstPage(): FirstPage | undefined {
  const session = JSON.parse(localStorage.getItem("entraide.session") ?? "null") as Session | null;
  if (!session?.username || (session.expiresAt && session.expiresAt <= Date.now())) return undefined;
  const locale = rememberedLocale();
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  const hash = window.location.hash;
  if (/^#\/login/.test(hash)) return undefined;
  const { token } = session;
  // Who is signed in is for the console only: asked after what the first screen paints.
  const askWhoIsSignedIn = () => {
    if (token && !session.me) startEarly(`${apiUrl}/api/auth/me`, token, locale);
  };
  const [resource = "", query] = hash.replace(/^#\/?/, "").split("?");
  if (!isListedRegistry(resource) || query !== undefined) {
    askWhoIsSignedIn();
    return undefined;
  }
  const columns = listColumns[resource];
  const get = (path: string) => jsonOrFail(startEarly(`${apiUrl}${path}`, token, locale));
  const named = columns.some(({ kind }) => kind === "province" || kind === "region");
  const page = get(`/api/v1/${resource}?limit=${FIRST_PAGE_SIZE}`);
  const territories = named ? get("/api/v1/territories").catch(() => undefined) : Promise.resolve(undefined);
  askWhoIsSignedIn();
  const references = columns.some(({ kind }) => kind === "reference")
    ? page.then((answer) => askReferences(columns, (answer as { items?: Record<string, unknown>[] }).items ?? [], get))
    : Promise.resolve(new Map());
  return {
    resource,
    hash,
    locale,
    username: session.username,
    me: session.me,
    page,
    territories,
    references,
  };
}

try {
  const firstPage = askFirstPage();
  if (firstPage) {
    setFirstPage({ ...firstPage, boot });
    window.setTimeout(boot, BOOT_AT_THE_LATEST_MS);
  } else boot();
} catch {
  // A first screen is an extra: whatever happens to it, the console starts.
  boot();
}
