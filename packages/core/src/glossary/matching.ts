import type { MatchReason } from "../matching/score.js";

/** What each reason of a probable duplicate means, in the console's languages (and English for the API's documentation). */
export const matchReasonLabels: Record<MatchReason, { ar: string; fr: string; en: string }> = {
  same_national_id: { ar: "نفس رقم البطاقة الوطنية", fr: "Même n° de CIN", en: "Same national ID" },
  same_birth_date: { ar: "نفس تاريخ الازدياد", fr: "Même date de naissance", en: "Same birth date" },
  same_sex: { ar: "نفس الجنس", fr: "Même sexe", en: "Same sex" },
  first_name_same: { ar: "نفس الاسم الشخصي", fr: "Même prénom", en: "Same first name" },
  first_name_variant: {
    ar: "الاسم الشخصي بكتابة أخرى",
    fr: "Prénom ≈ (autre graphie)",
    en: "First name ≈ (another spelling)",
  },
  first_name_across_scripts: {
    ar: "الاسم الشخصي ≈ بين العربية واللاتينية",
    fr: "Prénom ≈ entre arabe et latin",
    en: "First name ≈ across scripts",
  },
  first_name_similar: {
    ar: "اسم شخصي قريب (خطأ مطبعي محتمل)",
    fr: "Prénom proche (faute de frappe ?)",
    en: "First name close (a typo?)",
  },
  last_name_same: { ar: "نفس الاسم العائلي", fr: "Même nom", en: "Same last name" },
  last_name_variant: {
    ar: "الاسم العائلي بكتابة أخرى",
    fr: "Nom ≈ (autre graphie)",
    en: "Last name ≈ (another spelling)",
  },
  last_name_across_scripts: {
    ar: "الاسم العائلي ≈ بين العربية واللاتينية",
    fr: "Nom ≈ entre arabe et latin",
    en: "Last name ≈ across scripts",
  },
  last_name_similar: {
    ar: "اسم عائلي قريب (خطأ مطبعي محتمل)",
    fr: "Nom proche (faute de frappe ?)",
    en: "Last name close (a typo?)",
  },
  names_swapped: {
    ar: "الاسم الشخصي والعائلي مقلوبان",
    fr: "Prénom et nom inversés",
    en: "First and last names swapped",
  },
  national_id_differs: { ar: "رقم البطاقة الوطنية مختلف", fr: "N° de CIN différent", en: "Different national ID" },
};

/** Words of the duplicates panel on a beneficiary's page. */
export const duplicatesPanelLabels = {
  title: { ar: "تكرارات محتملة", fr: "Doublons probables" },
  none: { ar: "لا يوجد تكرار محتمل", fr: "Aucun doublon probable" },
  score: { ar: "درجة التشابه", fr: "Score" },
  reasons: { ar: "الأسباب", fr: "Raisons" },
  record: { ar: "المستفيد", fr: "Bénéficiaire" },
};
