import { nameGroup } from "./name-groups.js";
import { isArabic, nameWords, normalizeName, spellingKey } from "./normalize.js";
import { phoneticKeys } from "./phonetic.js";

/** Jaro-Winkler similarity of two strings, 0..1 (1: equal); kind to typos near the end. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j++]) transpositions++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * How two names relate: `same` (equal once normalised), `variant` (the same
 * name spelled otherwise in one script), `across_scripts` (the same name, one
 * in Arabic and one in Latin letters), `similar` (close enough to be a typo),
 * `different`.
 */
export type NameRelation = "same" | "variant" | "across_scripts" | "similar" | "different";

export interface NameComparison {
  similarity: number;
  relation: NameRelation;
}

/** Similarity from which a pair of names counts as `similar` rather than `different`. */
const SIMILAR = 0.9;

/** Everything compared of one name, worked out once: a block's candidates are compared with many rows. */
interface NameForms {
  arabic: boolean;
  normalized: string;
  group: number | undefined;
  spelling: string;
  keys: string[];
  typed: string;
}

const known = new Map<string, NameForms>();
function formsOf(text: string): NameForms {
  let forms = known.get(text);
  if (!forms) {
    forms = {
      arabic: isArabic(text),
      normalized: normalizeName(text),
      group: nameGroup(text),
      spelling: spellingKey(text),
      keys: phoneticKeys(text),
      typed: nameWords(text).join(""),
    };
    if (known.size >= 50_000) known.clear(); // memory stays bounded over a 200,000-row import
    known.set(text, forms);
  }
  return forms;
}

export function compareNames(nameA: string, nameB: string): NameComparison {
  const [a, b] = [formsOf(nameA), formsOf(nameB)];
  const acrossScripts = a.arabic !== b.arabic;
  const alike: NameRelation = acrossScripts ? "across_scripts" : "variant";
  if (a.normalized === b.normalized) return { similarity: 1, relation: "same" };
  const [groupA, groupB] = [a.group, b.group];
  // Both names known: the list decides, whatever their skeletons say (Hassan ≠ Houssine).
  if (groupA !== undefined && groupB !== undefined) {
    return groupA === groupB ? { similarity: 0.97, relation: alike } : { similarity: 0.2, relation: "different" };
  }
  if (!acrossScripts && a.spelling === b.spelling) return { similarity: 0.95, relation: "variant" };
  const [keysA, keysB] = [a.keys, b.keys];
  const shared = keysA.filter((key) => keysB.includes(key));
  // A one-consonant skeleton (Ali, Alaoui: L) says too little on its own.
  if (shared.some((key) => key.length >= 2)) return { similarity: 0.92, relation: alike };
  // An equal one-letter skeleton is enough across scripts (Chaoui, الشاوي: C); in one script the letters decide.
  if (shared.length && acrossScripts) return { similarity: 0.9, relation: alike };
  // Skeletons apart by a letter or two.
  const near = keysA.flatMap((ka) => keysB.filter((kb) => kb !== ka).map((kb) => 0.9 * jaroWinkler(ka, kb)));
  let similarity = Math.max(0, shared.length ? 0.8 : 0, ...near);
  // A typo, as typed: the spelling key would hide the letters that tell Alaoui from Alami.
  if (!acrossScripts) similarity = Math.max(similarity, jaroWinkler(a.typed, b.typed));
  return { similarity, relation: similarity >= SIMILAR ? "similar" : "different" };
}
