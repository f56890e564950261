import type { TranslationMessages } from "react-admin";
import ar from "../i18n/ar";
import fr from "../i18n/fr";
import type { AppLocale } from "../i18n/locale";
import { listColumns } from "../resources/listColumns";
import { menuRegistries } from "./menu";

/** The keys of the console's messages the first screen reads: a key names its whole subtree. */
export function firstScreenKeys(): string[] {
  const lists = new Set(
    Object.values(listColumns).flatMap((columns) =>
      columns.flatMap((column) => ("list" in column ? [column.list] : [])),
    ),
  );
  return [
    "ra.page.dashboard",
    "ra.page.list",
    "entraide.bilan.menu",
    "entraide.languages",
    ...[...lists].map((list) => `entraide.enums.${list}`),
    ...menuRegistries.flatMap((name) => [`resources.${name}.name`, `resources.${name}.page`]),
    ...Object.entries(listColumns).flatMap(([name, columns]) =>
      columns.map(({ source }) => `resources.${name}.fields.${source}`),
    ),
  ];
}

/** The part of `messages` under `keys`, in the same shape (a translator reads it as it reads the whole). */
export function pickMessages(messages: TranslationMessages, keys: string[]): TranslationMessages {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    const path = key.split(".");
    let from: unknown = messages;
    for (const part of path) from = (from as Record<string, unknown> | undefined)?.[part];
    if (from === undefined) continue;
    let to = picked;
    for (const part of path.slice(0, -1)) {
      to[part] ??= {};
      to = to[part] as Record<string, unknown>;
    }
    to[path[path.length - 1] ?? key] = from;
  }
  return picked as TranslationMessages;
}

/**
 * The first screen's words in both languages, taken from the console's messages when the console is built
 * (build/preloadSignedIn.ts): the script that paints it carries these few words, not every message.
 */
export const firstScreenWords = (): Record<AppLocale, TranslationMessages> => ({
  ar: pickMessages(ar, firstScreenKeys()),
  fr: pickMessages(fr, firstScreenKeys()),
});
