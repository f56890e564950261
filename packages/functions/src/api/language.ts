import { errorMessages, errorNouns, type Language, languages } from "@entraide/core/glossary/errors";
import type * as z from "zod";
import arabic from "zod/v4/locales/ar.js";
import english from "zod/v4/locales/en.js";
import french from "zod/v4/locales/fr.js";

/**
 * Errors in the caller's language: `Accept-Language` picks ar, fr or en
 * (English when it names none of them); `code` and `path` never change. The
 * code writes messages in English; they are matched here against the
 * glossary's entries, whose `{placeholders}` carry the values across.
 */
export function languageOf(header: string | undefined): Language {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: (tag ?? "").split("-")[0] as Language, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((r) => r.q > 0 && languages.includes(r.language))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.language ?? "en";
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Most specific first: "No {label} with id {id} {condition}" before "No {label} with id {id}".
const compiled = errorMessages
  .map(([en, fr, ar]) => ({
    names: [...en.matchAll(/{(\w+)}/g)].map((m) => m[1] ?? ""),
    pattern: new RegExp(`^${escapeRegExp(en).replace(/\\{\w+\\}/g, "(.+?)")}$`),
    literal: en.replace(/{\w+}/g, "").length,
    fr,
    ar,
  }))
  .sort((a, b) => b.literal - a.literal);

/** Messages the glossary lacks, as met (the tests read it and fail on any). */
export const untranslated = new Set<string>();

export function translate(message: string, language: Language): string {
  if (language === "en") return message;
  for (const entry of compiled) {
    const match = entry.pattern.exec(message);
    if (!match) continue;
    return entry.names.reduce(
      (text, name, i) => text.replace(`{${name}}`, valueIn(match[i + 1] ?? "", language)),
      entry[language],
    );
  }
  untranslated.add(message);
  return message;
}

/** A value inside a message: a record kind or a known phrase is translated, anything else (ids, codes) kept. */
function valueIn(value: string, language: Exclude<Language, "en">): string {
  const noun = errorNouns[value];
  if (noun) return noun[language];
  const phrase = compiled.find((entry) => entry.names.length === 0 && entry.pattern.test(value));
  return phrase ? phrase[language] : value;
}

const zodLocales = { en: english(), fr: french(), ar: arabic() };

/**
 * A field issue in the caller's language: the glossary for the registry's own
 * messages, zod's locale for its built-in ones (too small, wrong type…).
 */
export function translateIssue(message: string, raw: z.core.$ZodIssue | undefined, language: Language): string {
  if (language === "en") return message;
  const fromGlossary = translate(message, language);
  if (fromGlossary !== message || !raw || raw.code === "custom") return fromGlossary;
  untranslated.delete(message);
  const local = zodLocales[language].localeError(raw as z.core.$ZodRawIssue);
  return (typeof local === "string" ? local : local?.message) ?? message;
}
