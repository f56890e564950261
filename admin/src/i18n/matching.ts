import { duplicatesPanelLabels, matchReasonLabels } from "@entraide/core/glossary/matching";

type Lang = "ar" | "fr";
const pick = <K extends string>(labels: Record<K, Record<Lang, string>>, lang: Lang) =>
  Object.fromEntries(Object.entries<Record<Lang, string>>(labels).map(([key, label]) => [key, label[lang]])) as Record<
    K,
    string
  >;

/** The duplicates panel's words and the match reasons, read from the one glossary (packages/core/src/glossary). */
export const duplicatesMessages = (lang: Lang) => ({
  ...pick(duplicatesPanelLabels, lang),
  reason: pick(matchReasonLabels, lang),
});
