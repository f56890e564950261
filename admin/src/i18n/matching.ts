import { duplicatesPanelLabels, matchReasonLabels } from "@entraide/core/glossary/matching";
import { type Language, wordsIn } from "@entraide/core/glossary/words";

/** The duplicates panel's words and the match reasons, read from the one glossary (packages/core/src/glossary). */
export const duplicatesMessages = (language: Language) => ({
  ...wordsIn(language, duplicatesPanelLabels),
  reason: wordsIn(language, matchReasonLabels),
});
