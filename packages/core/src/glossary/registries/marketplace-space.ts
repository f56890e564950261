import type { MarketplaceSpaceFields } from "../../marketplace-space.js";
import { byCount, type RegistryWords, systemWords, territoryWords } from "../fields.js";

/** The words of the solidarity marketplace spaces registry (marketplace-space.ts). */
export const marketplaceSpaceWords = {
  name: byCount(
    ["فضاءات", "فضاء تسويق تضامني", "فضاءات التسويق التضامني", "فضاءات", "فضاءً", "فضاء"],
    ["Espace de commercialisation solidaire", "Espaces de commercialisation"],
  ),
  fields: {
    ...systemWords,
    ...territoryWords,
    name: { ar: "الاسم", fr: "Nom" },
    openedOn: { ar: "تاريخ الافتتاح", fr: "Ouvert le" },
    stalls: { ar: "عدد الأروقة", fr: "Stands" },
    status: { ar: "الحالة", fr: "Statut" },
    // The hostings' counter, kept on the space (hosting.ts).
    hostsActive: { ar: "الأروقة المشغولة", fr: "Stands occupés" },
  },
} satisfies RegistryWords<typeof MarketplaceSpaceFields>;
