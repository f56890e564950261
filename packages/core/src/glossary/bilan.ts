/**
 * The words of the bilan page, its printed report and its exports, in Arabic and French.
 * The console reads them as `entraide.bilan.*` messages (polyglot: `%{name}` is a placeholder);
 * the CSV and workbook exports name their sheets, columns and details with the same words.
 */
import { type Label, type Language, type WordsIn, wordsIn } from "./words.js";

export const bilanWords = {
  menu: { ar: "الحصيلة السنوية", fr: "Bilan annuel" },
  title: { ar: "الحصيلة السنوية %{year}", fr: "Bilan annuel %{year}" },
  organisation: { ar: "التعاون الوطني — Entraide Nationale", fr: "Entraide Nationale — التعاون الوطني" },
  year: { ar: "السنة", fr: "Année" },
  none: { ar: "لم تُحتسب أي حصيلة بعد.", fr: "Aucun bilan n'a encore été calculé." },
  loading: { ar: "جارٍ التحميل…", fr: "Chargement…" },
  status: { ar: "الحالة", fr: "Statut" },
  provisional_hint: {
    ar: "تُعاد كل ليلة إلى أن تُغلق في 5 يناير",
    fr: "recalculé chaque nuit jusqu'à sa clôture le 5 janvier",
  },
  frozen_hint: { ar: "أُغلقت في 5 يناير ولا يُعاد احتسابها", fr: "clôturé le 5 janvier, il n'est plus recalculé" },
  computed_at: { ar: "تاريخ الاحتساب", fr: "Calculé le" },
  run: { ar: "عملية الاحتساب", fr: "Calcul" },
  printed_at: { ar: "طُبع في %{date}", fr: "Imprimé le %{date}" },
  indicators: { ar: "المؤشرات", fr: "Indicateurs" },
  indicator: { ar: "المؤشر", fr: "Indicateur" },
  value: { ar: "القيمة", fr: "Valeur" },
  previous: { ar: "سنة %{year}", fr: "En %{year}" },
  change: { ar: "التغير", fr: "Évolution" },
  change_vs: { ar: "مقارنة بسنة %{year}", fr: "par rapport à %{year}" },
  no_previous: { ar: "لا حصيلة للسنة السابقة", fr: "pas de bilan l'année précédente" },
  by_region: { ar: "حسب الجهة", fr: "Par région" },
  region: { ar: "الجهة", fr: "Région" },
  map_of: { ar: "خريطة المملكة حسب الجهات (12 جهة)", fr: "Carte du Royaume par région (12 régions)" },
  map_shows: { ar: "اللون حسب", fr: "Teinte selon" },
  breakdowns: { ar: "التوزيعات", fr: "Répartitions" },
  loading_chart: { ar: "جارٍ تحميل الرسم البياني…", fr: "Chargement du graphique…" },
  exports: { ar: "ملفات التصدير", fr: "Exports" },
  file: { ar: "الملف", fr: "Fichier" },
  format: { ar: "الصيغة", fr: "Format" },
  size: { ar: "الحجم", fr: "Taille" },
  created_at: { ar: "التاريخ", fr: "Date" },
  download: { ar: "تحميل", fr: "Télécharger" },
  download_failed: { ar: "تعذّر تحميل الملف.", fr: "Le téléchargement a échoué." },
  no_exports: { ar: "لا توجد ملفات لهذه السنة.", fr: "Aucun fichier pour cette année." },
  recompute: { ar: "إعادة الاحتساب الآن", fr: "Recalculer maintenant" },
  recompute_title: { ar: "إعادة احتساب الحصيلة", fr: "Recalcul du bilan" },
  recompute_frozen: {
    ar: "حصيلة هذه السنة نهائية: لا يُعاد احتسابها.",
    fr: "Le bilan de cette année est définitif : il n'est plus recalculé.",
  },
  run_progress: { ar: "المرحلة %{pass} من 2، %{read} عنصرًا مقروءًا", fr: "Étape %{pass} sur 2, %{read} éléments lus" },
  run_failed: { ar: "تعذّر بدء الاحتساب.", fr: "Le calcul n'a pas pu démarrer." },
  print: { ar: "طباعة التقرير", fr: "Imprimer le rapport" },
  // The exports' own columns and details (the workbook's headers).
  key: { ar: "المفتاح", fr: "Clé" },
  bucket: { ar: "الفئة", fr: "Catégorie" },
  in_french: { ar: "بالفرنسية", fr: "en français" },
  in_arabic: { ar: "بالعربية", fr: "en arabe" },
  missing_sources: { ar: "مصادر غير متوفرة", fr: "Sources manquantes" },
} satisfies Record<string, Label>;

/** The page's messages in one language: `{ key: text }`. */
export const bilanMessages = (language: Language): WordsIn<typeof bilanWords> => wordsIn(language, bilanWords);
