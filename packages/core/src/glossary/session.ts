import { type Language, wordsIn } from "./words.js";

/**
 * The console's words about the signed-in person and their pages (sign-in,
 * home, masked data, a person's file), in Arabic and French. The console
 * merges them into its messages under `session.*`.
 */
const words = {
  login: {
    name: { ar: "التعاون الوطني", fr: "Entraide Nationale" },
    subtitle: { ar: "منصة السجلات والحصيلة السنوية", fr: "Registres et bilan annuel" },
    language: { ar: "اللغة", fr: "Langue" },
  },
  roles: {
    admin: { ar: "مدير", fr: "Administrateur" },
    regional: { ar: "مسؤول جهوي", fr: "Responsable régional" },
    finance: { ar: "المالية", fr: "Finances" },
  },
  masked: { ar: "محجوب", fr: "masqué" },
  dashboard: {
    open_bilan: { ar: "الحصيلة السنوية المفصلة", fr: "Bilan annuel détaillé" },
    no_bilan: { ar: "لم تُحسب بعد أي حصيلة سنوية", fr: "Aucun bilan annuel n'est encore calculé" },
    regions_only: { ar: "سجلات جهاتكم فقط", fr: "Les registres de vos régions seulement" },
  },
  beneficiary: {
    aid: { ar: "المساعدات الممنوحة لهذا المستفيد", fr: "Aides reçues" },
    grants: { ar: "منح صندوق دعم التماسك الاجتماعي", fr: "Subventions du Fonds d'appui à la cohésion sociale" },
  },
  cell: { title: { ar: "خلية اليقظة الاجتماعية – %{province}", fr: "Cellule de veille sociale – %{province}" } },
  dates: {
    invalid: { ar: "تاريخ غير صالح: اكتبه على شكل يوم/شهر/سنة", fr: "Date invalide : écrivez-la jj/mm/aaaa" },
  },
} as const;

/** `{ session: { … } }` in one language, for the console's messages. */
export const sessionMessages = (language: Language) => ({ session: wordsIn(language, words) });
