import { isArabic, nameWords } from "./normalize.js";

/**
 * A name's consonant skeleton in one alphabet shared by both scripts, so that
 * محمد العلوي, Mohamed Alaoui and Mohammed El Alaoui meet: MHMD + L.
 * Vowels, ʿayn, hamza, و and ي are left out (Latin transliterations render
 * them in too many ways), emphatic and plain consonants fall together (ص/س,
 * ط/ت, ض/د), ق/ك/g share K (Moroccan French writes ق as k, q or g), a doubled
 * consonant (shadda, "ll") counts once and a final h (ة, "Abdellah") is dropped.
 */

const ARABIC_SOUNDS: Record<string, string> = {
  ب: "B", ت: "T", ث: "T", ج: "J", ح: "H", خ: "X", د: "D", ذ: "D", ر: "R", ز: "Z", س: "S", ش: "C",
  ص: "S", ض: "D", ط: "T", ظ: "D", غ: "G", ف: "F", ق: "K", ك: "K", ل: "L", م: "M", ن: "N", ه: "H",
};

/** Letters whose article ال is not heard ("Nour-Eddine" for نور الدين): the sun letters. */
const SUN_LETTERS = new Set("تثدذرزسشصضطظلن");

/** Latin digraphs first, then single letters; a lower-case letter in the output is a vowel (dropped). */
const LATIN_RULES: Array<[RegExp, string]> = [
  [/^rh/, "G"], // Rhita, Rhazi: French renders غ as rh at the start
  [/sch|sh|ch|tch/g, "C"],
  [/kh/g, "X"],
  [/gh/g, "G"],
  [/ph/g, "F"],
  [/th/g, "T"],
  [/dh/g, "D"],
  [/dj/g, "J"],
  [/gu(?=[eiy])/g, "K"],
  [/g(?=[eiy])/g, "J"],
  [/ck|qu|q|k/g, "K"],
  [/c(?=[eiy])/g, "S"],
  [/x/g, "KS"],
];
const LATIN_LETTERS: Record<string, string> = {
  b: "B", p: "B", t: "T", d: "D", j: "J", z: "Z", s: "S", f: "F", v: "F", g: "K", c: "K", l: "L", m: "M", n: "N", r: "R", h: "H",
};

function latinSkeleton(word: string): string {
  let text = word;
  for (const [pattern, sound] of LATIN_RULES) text = text.replace(pattern, sound);
  return [...text].map((letter) => (letter === letter.toUpperCase() ? letter : (LATIN_LETTERS[letter] ?? ""))).join("");
}

function arabicSkeleton(words: string[]): string {
  return words
    .map((word, i) => {
      // Inside a compound (عبد القادر, نور الدين) the article is heard, except before a sun letter.
      const article = i > 0 && word.startsWith("ال") && word.length > 3;
      const body = article ? word.slice(2) : word;
      const sound = [...body].map((letter) => ARABIC_SOUNDS[letter] ?? "").join("");
      return article && !SUN_LETTERS.has(body[0]!) ? `L${sound}` : sound;
    })
    .join("");
}

const tidy = (skeleton: string) => skeleton.replace(/(.)\1+/g, "$1").replace(/(?<=.)H$/, "");

/**
 * The skeletons a name may have: the plain one, and for a Latin name whose
 * first word starts with a fused article ("Elmoutawakil") the one without it.
 */
export function phoneticKeys(text: string): string[] {
  const words = nameWords(text);
  if (isArabic(text)) return [tidy(arabicSkeleton(words))].filter(Boolean);
  const keys = [tidy(words.map(latinSkeleton).join(""))];
  const fused = /^(el|al)(?=[a-z]{4})/.exec(words[0] ?? "");
  if (fused) keys.push(tidy([words[0]!.slice(2), ...words.slice(1)].map(latinSkeleton).join("")));
  return [...new Set(keys.filter(Boolean))];
}
