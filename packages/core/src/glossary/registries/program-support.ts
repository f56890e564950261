import type { ProgramSupportFields } from "../../program-support.js";
import { byCount, type RegistryWords, systemWords } from "../fields.js";

/** The words of the minors-protection program supports registry (program-support.ts). */
export const programSupportWords = {
  name: byCount(
    ["إعانات", "إعانة", "إعانات برنامج حماية القاصرين", "إعانات", "إعانةً", "إعانة"],
    ["Soutien à la protection des mineurs", "Soutiens à la protection des mineurs"],
  ),
  fields: {
    ...systemWords,
    centerId: { ar: "المؤسسة", fr: "Établissement" },
    year: { ar: "السنة", fr: "Année" },
    amountMad: { ar: "المبلغ (درهم)", fr: "Montant (MAD)" },
    note: { ar: "ملاحظة", fr: "Observation" },
  },
} satisfies RegistryWords<typeof ProgramSupportFields>;
