/**
 * Names as people type them, in Arabic or Latin letters, brought to one
 * written form per script before they are compared: the variants below are
 * the same name written differently, never different names.
 */

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Harakat (fatha … sukun, shadda, tanwin), superscript alef and Quranic marks: optional in writing. */
const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Letters written in several ways that stand for the same sound in names. */
const ARABIC_VARIANTS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ة: "ه",
  ى: "ي",
  ی: "ي",
  ئ: "ي",
  ؤ: "و",
  ک: "ك",
  ڭ: "ك",
  گ: "ك",
  ڤ: "ف",
  پ: "ب",
  چ: "ش",
};

export const isArabic = (text: string) => ARABIC_LETTER.test(text);

/** أ إ آ → ا, ة → ه, ى → ي, tatweel and harakat removed, one space between words. */
export function normalizeArabic(text: string): string {
  return text
    .normalize("NFC")
    .replace(HARAKAT, "")
    .replace(TATWEEL, "")
    .replace(/[أإآٱةىیئؤکڭگڤپچ]/g, (letter) => ARABIC_VARIANTS[letter] ?? letter)
    .replace(/ء/g, "")
    .replace(/[^\u0621-\u064A\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower case, accents removed (é → e, ï → i), anything but letters turned into one space. */
export function normalizeLatin(text: string): string {
  return text
    .replace(/[çÇ]/g, "s") // Faiçal: a cedilla is an s, never a k
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** A name normalised in its own script: Arabic when it has Arabic letters, Latin otherwise. */
export function normalizeName(text: string): string {
  return isArabic(text) ? normalizeArabic(text) : normalizeLatin(text);
}

const LATIN_ARTICLES = new Set(["el", "al", "l", "el-", "al-"]);

/**
 * The words of a name without a leading article: "El Alaoui" → ["alaoui"],
 * "العلوي" → ["علوي"]. Only the first word loses it: in "Abd el Kader" or
 * "عبد القادر" the article belongs to the name.
 */
export function nameWords(text: string): string[] {
  const words = normalizeName(text).split(" ").filter(Boolean);
  if (words.length > 1 && LATIN_ARTICLES.has(words[0] ?? "")) return words.slice(1);
  if (words[0]?.startsWith("ال") && words[0].length > 3) return [words[0].slice(2), ...words.slice(1)];
  const [first = "", ...rest] = words;
  return [withoutFusedArticle(first), ...rest];
}

/**
 * "Elmoutawakil", "Essoussi", "Echaoui", "Ettahiri": the article written
 * into the word, as is (el) or assimilated (es-, ech-, et-, er-, en-…).
 * "al" stays: in Alaoui or Alami it belongs to the name.
 */
function withoutFusedArticle(word: string): string {
  if (/^el[a-z]{4}/.test(word)) return word.slice(2);
  if (/^e([tdrzsn])\1[a-z]{2}/.test(word)) return word.slice(2);
  if (/^e(ch|sh)[a-z]{3}/.test(word)) return word.slice(1);
  return word;
}

/**
 * One spelling for the Latin transliteration variants of a name, so that
 * Mohamed, Mohammed, Mohamad and Muhammad, or Ouazzani and Wazzani, or
 * Chraibi and Shraibi, read alike: a silent final e or h dropped, ee → i,
 * ou/o/u → u, sh → ch, ph → f, q/ck → k, soft c → s, y → i, e → a, doubled
 * letters once. A final a stays: it tells Saida from Said.
 */
export function latinSpelling(words: string[]): string {
  return words
    .join("")
    .replace(/(?<=.{3})e$/, "")
    .replace(/(?<=[aeiou])h$/, "")
    .replace(/ee/g, "i")
    .replace(/ou|o|w/g, "u")
    .replace(/sh|sch/g, "ch")
    .replace(/ph/g, "f")
    .replace(/ck|q/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/y/g, "i")
    .replace(/e/g, "a")
    .replace(/(.)\1+/g, "$1");
}

/** The words joined, in the script's own spelling key: what a dictionary of names is looked up by. */
export function spellingKey(text: string): string {
  const words = nameWords(text);
  return isArabic(text) ? words.join("") : latinSpelling(words);
}
