import type { ExhibitionFields } from "../../exhibition.js";
import { byCount, type RegistryWords, systemWords, territoryWords } from "../fields.js";

/** The words of the exhibitions registry (exhibition.ts). */
export const exhibitionWords = {
  name: byCount(["معارض", "معرض", "المعارض", "معارض", "معرضًا", "معرض"], ["Exposition", "Expositions"]),
  fields: {
    ...systemWords,
    ...territoryWords,
    name: { ar: "الاسم", fr: "Nom" },
    scope: { ar: "النطاق", fr: "Portée" },
    startDate: { ar: "تاريخ البداية", fr: "Début" },
    endDate: { ar: "تاريخ النهاية", fr: "Fin" },
    // The participations' counter kept on the exhibition, and a participation's own fields.
    participantCount: { ar: "التعاونيات المشاركة", fr: "Coopératives participantes" },
    cooperativeId: { ar: "التعاونية", fr: "Coopérative" },
    salesMad: { ar: "المبيعات (درهم)", fr: "Ventes (MAD)" },
  },
} satisfies RegistryWords<typeof ExhibitionFields>;
