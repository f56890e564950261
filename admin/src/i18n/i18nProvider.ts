import polyglotI18nProvider from "ra-i18n-polyglot";
import type { I18nProvider, TranslationMessages } from "react-admin";

import { type AppLocale, DEFAULT_LOCALE, isAppLocale } from "./locale";

export {
  type AppLocale,
  DEFAULT_LOCALE,
  directionOf,
  intlLocaleOf,
  isAppLocale,
  rememberedLocale,
} from "./locale";

/**
 * A missing key shows react-admin's built-in fallback (`_`) when it has one,
 * otherwise the key's last segment, never a crash: a half-translated screen is
 * better than a broken one.
 */
const onMissingKey = (key: string, options: { _?: string }) => options._ ?? key.split(".").pop() ?? key;

/**
 * Each language's messages are a chunk of their own (react-admin's words, Entraide's, the glossary's labels):
 * a visit loads the language it is shown in, and the other one only if the person switches to it.
 */
const loaders: Record<AppLocale, () => Promise<{ default: TranslationMessages }>> = {
  ar: () => import("./ar"),
  fr: () => import("./fr"),
};
const loading = new Map<AppLocale, Promise<TranslationMessages>>();
const loaded = new Map<AppLocale, TranslationMessages>();

/** One language's messages, loaded once (the same promise for every caller). */
export function loadMessages(locale: AppLocale): Promise<TranslationMessages> {
  let messages = loading.get(locale);
  if (!messages) {
    messages = loaders[locale]().then((module) => {
      loaded.set(locale, module.default);
      return module.default;
    });
    loading.set(locale, messages);
  }
  return messages;
}

/** The messages of a language already loaded, else undefined. */
export const loadedMessages = (locale: AppLocale) => loaded.get(locale);

/** react-admin needs the first language's messages at once: load them first (`loadMessages`), the others come on demand. */
export function createI18nProvider(initial: AppLocale, initialMessages: TranslationMessages): I18nProvider {
  return polyglotI18nProvider(
    (locale) => (locale === initial ? initialMessages : loadMessages(isAppLocale(locale) ? locale : DEFAULT_LOCALE)),
    initial,
    [
      { locale: "ar", name: "العربية" },
      { locale: "fr", name: "Français" },
    ],
    { allowMissing: true, onMissingKey },
  );
}
