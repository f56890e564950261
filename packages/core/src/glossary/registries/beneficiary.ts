import type { BeneficiaryFields } from "../../beneficiary.js";
import { byCount, type RegistryWords, systemWords, territoryWords } from "../fields.js";

/** The words of the beneficiaries registry (beneficiary.ts). */
export const beneficiaryWords = {
  name: byCount(
    ["مستفيدين", "مستفيد", "المستفيدون", "مستفيدين", "مستفيدًا", "مستفيد"],
    ["Bénéficiaire", "Bénéficiaires"],
  ),
  fields: {
    ...systemWords,
    ...territoryWords,
    nationalId: { ar: "رقم البطاقة الوطنية", fr: "N° de CIN" },
    firstName: { ar: "الاسم الشخصي", fr: "Prénom" },
    lastName: { ar: "الاسم العائلي", fr: "Nom" },
    sex: { ar: "الجنس", fr: "Sexe" },
    birthDate: { ar: "تاريخ الازدياد", fr: "Date de naissance" },
    categories: { ar: "الفئات", fr: "Catégories" },
    disabilityType: { ar: "نوع الإعاقة", fr: "Type de handicap" },
    phone: { ar: "الهاتف", fr: "Téléphone" },
    consentGiven: { ar: "موافقة المعني بالأمر (القانون 09-08)", fr: "Consentement de la personne (loi 09-08)" },
  },
} satisfies RegistryWords<typeof BeneficiaryFields>;
