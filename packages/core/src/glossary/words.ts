/**
 * The glossary's one shape and its one reader. A topic's words are a tree whose
 * leaves name one thing in every language (`{ ar, fr }`, sometimes `en`);
 * `wordsIn` reads the tree in one language, keeping its keys: the console's
 * messages and the exports' headers are such readings of the same trees.
 */
export interface Label {
  fr: string;
  ar: string;
}
export type Language = keyof Label;
export const languages: readonly Language[] = ["ar", "fr"];

export type Words = { readonly [key: string]: Label | Words };
/** A tree of words read in one language: each leaf is its text. */
export type WordsIn<T> = { [K in keyof T]: T[K] extends Label ? string : WordsIn<T[K]> };

const isLabel = (node: Label | Words): node is Label => typeof node.ar === "string" && typeof node.fr === "string";

/** The words of `tree` in `language`, keyed as the tree is. */
export function wordsIn<T extends Words>(language: Language, tree: T): WordsIn<T> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, node]) => [key, isLabel(node) ? node[language] : wordsIn(language, node)]),
  ) as WordsIn<T>;
}

/** One label in both languages, as a bilingual cell or title shows it: "Valeur - القيمة". */
export const bothLanguages = (label: Label) => `${label.fr} - ${label.ar}`;
