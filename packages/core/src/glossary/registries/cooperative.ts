import type { CooperativeFields } from "../../cooperative.js";
import { byCount, type RegistryWords, systemWords, territoryWords } from "../fields.js";

/** The words of the cooperatives registry (cooperative.ts). */
export const cooperativeWords = {
  name: byCount(
    ["تعاونيات", "تعاونية", "التعاونيات", "تعاونيات", "تعاونية", "تعاونية"],
    ["Coopérative", "Coopératives"],
  ),
  fields: {
    ...systemWords,
    ...territoryWords,
    name: { ar: "الاسم", fr: "Nom" },
    kind: { ar: "الصفة", fr: "Forme" },
    foundedOn: { ar: "تاريخ التأسيس", fr: "Fondée le" },
    sector: { ar: "القطاع", fr: "Secteur" },
    members: { ar: "عدد الأعضاء", fr: "Membres" },
    foundedByGraduates: { ar: "أسسها خريجو المراكز", fr: "Fondée par des lauréats des centres" },
    originCenterId: { ar: "مركز التكوين الأصلي", fr: "Centre de formation d'origine" },
  },
} satisfies RegistryWords<typeof CooperativeFields>;
