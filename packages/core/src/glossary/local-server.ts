/**
 * What `npm start`'s console tells a person about the local server itself,
 * in Arabic and French (English for the API and the terminal).
 */
export const demoDataLoading = {
  ar: "جارٍ تحميل البيانات التجريبية… قد تبقى بعض القوائم فارغة لبضع ثوانٍ.",
  fr: "Chargement des données de démonstration… certaines listes restent vides quelques secondes.",
  en: "Loading the demo data… some lists stay empty for a few seconds.",
} as const;

/** Where the demo data of a first start is: being written, or there (also when there is none to load). */
export const demoDataStates = ["loading", "ready"] as const;
export type DemoDataState = (typeof demoDataStates)[number];
