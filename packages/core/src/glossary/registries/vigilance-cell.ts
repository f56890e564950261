import type { VigilanceCellFields } from "../../vigilance-cell.js";
import { byCount, type RegistryWords, systemWords, territoryWords } from "../fields.js";

/** The words of the social-vigilance cells registry (vigilance-cell.ts). */
export const vigilanceCellWords = {
  name: byCount(
    ["خلايا", "خلية", "خلايا اليقظة الاجتماعية", "خلايا", "خليةً", "خلية"],
    ["Cellule de veille sociale", "Cellules de veille sociale"],
  ),
  fields: {
    ...systemWords,
    ...territoryWords,
    establishedOn: { ar: "تاريخ الإحداث", fr: "Créée le" },
    dissolvedOn: { ar: "تاريخ الحل", fr: "Dissoute le" },
    members: { ar: "عدد الأعضاء", fr: "Membres" },
    // The list's filter (active or dissolved) and an alert's referral, shown on the cell's pages.
    active: { ar: "النشاط", fr: "Activité" },
    referredCenterId: { ar: "مركز التوجيه", fr: "Centre d'orientation" },
  },
} satisfies RegistryWords<typeof VigilanceCellFields>;
