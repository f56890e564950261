import type { AidDistributionFields } from "../../aid-distribution.js";
import { byCount, type RegistryWords, systemWords } from "../fields.js";

/** The words of the aid distributions registry (aid-distribution.ts). */
export const aidDistributionWords = {
  name: byCount(
    ["مساعدات", "مساعدة", "المساعدات الموزعة", "مساعدات", "مساعدةً", "مساعدة"],
    ["Aide distribuée", "Aides distribuées"],
  ),
  fields: {
    ...systemWords,
    beneficiaryId: { ar: "المستفيد", fr: "Bénéficiaire" },
    kind: { ar: "نوع المساعدة", fr: "Nature de l'aide" },
    date: { ar: "التاريخ", fr: "Date" },
    description: { ar: "الوصف", fr: "Description" },
    quantity: { ar: "الكمية", fr: "Quantité" },
    valueMad: { ar: "القيمة (درهم)", fr: "Valeur (MAD)" },
  },
} satisfies RegistryWords<typeof AidDistributionFields>;
