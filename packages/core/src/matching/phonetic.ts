import { isArabic, nameWords, normalizeName } from "./normalize.js";

/**
 * A name's consonant skeleton in one alphabet shared by both scripts, so that
 * محمد العلوي, Mohamed Alaoui and Mohammed El Alaoui meet: MHMD + L.
 * Vowels, ʿayn, hamza, و and ي are left out (Latin transliterations render
 * them in too many ways; a و that starts the name is kept as W), emphatic and plain consonants fall together (ص/س,
 * ط/ت, ض/د), ق/ك/g share K (Moroccan French writes ق as k, q or g), a doubled
 * consonant (shadda, "ll") counts once and a final h (ة, "Abdellah") is dropped.
 */

const ARABIC_SOUNDS: Record<string, string> = {
  ب: "B",
  ت: "T",
  ث: "T",
  ج: "J",
  ح: "H",
  خ: "X",
  د: "D",
  ذ: "D",
  ر: "R",
  ز: "Z",
  س: "S",
  ش: "C",
  ص: "S",
  ض: "D",
  ط: "T",
  ظ: "D",
  غ: "G",
  ف: "F",
  ق: "K",
  ك: "K",
  ل: "L",
  م: "M",
  ن: "N",
  ه: "H",
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
  b: "B",
  p: "B",
  t: "T",
  d: "D",
  j: "J",
  z: "Z",
  s: "S",
  f: "F",
  v: "F",
  g: "K",
  c: "K",
  l: "L",
  m: "M",
  n: "N",
  r: "R",
  h: "H",
};

/** Ouali, Wali: a و that starts the name is heard (unlike Alaoui's vowel). */
const INITIAL_W = /^(w|ou(?=[aeiy]))/;

function latinSkeleton(word: string, startsName: boolean): string {
  let text = startsName ? word.replace(INITIAL_W, "W") : word;
  for (const [pattern, sound] of LATIN_RULES) text = text.replace(pattern, sound);
  return [...text].map((letter) => (letter === letter.toUpperCase() ? letter : (LATIN_LETTERS[letter] ?? ""))).join("");
}

/** "عبدالرحيم" typed as one word is the compound "عبد الرحيم". */
const splitCompounds = (words: string[]) =>
  words.flatMap((word) => (word.startsWith("عبدال") && word.length > 6 ? ["عبد", word.slice(3)] : [word]));

function arabicSkeleton(words: string[]): string {
  // و starting the name is a consonant (والي: Ouali, Wali), as the Latin rules read "w" and "ou" + vowel there.
  const initialW = words[0]?.startsWith("و") ? "W" : "";
  return (
    initialW +
    splitCompounds(words)
      .map((word, i) => {
        // Inside a compound (عبد القادر, نور الدين) the article is heard, except before a sun letter.
        const article = i > 0 && word.startsWith("ال") && word.length > 3;
        const body = article ? word.slice(2) : word;
        const sound = [...body].map((letter) => ARABIC_SOUNDS[letter] ?? "").join("");
        return article && !SUN_LETTERS.has(body[0] ?? "") ? `L${sound}` : sound;
      })
      .join("")
  );
}

const tidy = (skeleton: string) => skeleton.replace(/(.)\1+/g, "$1").replace(/(?<=.)H$/, "");

/**
 * The skeletons a name may have: the plain one, and where the writing is
 * ambiguous (a fused article "Elmoutawakil", an initial ال, a final "at")
 * the other reading too. Two names share a skeleton when any of theirs meet.
 */
export function phoneticKeys(text: string): string[] {
  const words = nameWords(text);
  const keys: string[] = [];
  if (isArabic(text)) {
    keys.push(arabicSkeleton(words));
    // An initial ال may be part of the name (إلياس typed الياس) or a fused article (الأزرق: Lazrak): keep it too.
    const written = normalizeName(text).split(" ");
    if (written[0] !== words[0]) keys.push(`L${arabicSkeleton(words)}`);
  } else {
    const skeleton = (list: string[]) => list.map((word, i) => latinSkeleton(word, i === 0)).join("");
    keys.push(skeleton(words));
    const first = words[0] ?? "";
    if (/^al[a-z]{4}/.test(first)) keys.push(skeleton([first.slice(2), ...words.slice(1)]));
    // Najat, Hayat: a final ة heard as t.
    if (/[^aeiou]at$/.test(words.at(-1) ?? "")) keys.push(...keys.map((key) => key.replace(/T$/, "")));
  }
  return [...new Set(keys.map(tidy).filter(Boolean))];
}
