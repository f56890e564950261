import type { EnrollmentFields } from "../../enrollment.js";
import { byCount, type RegistryWords, systemWords } from "../fields.js";

/** The words of the enrollments registry (enrollment.ts). */
export const enrollmentWords = {
  name: byCount(["تسجيلات", "تسجيل", "التسجيلات", "تسجيلات", "تسجيلًا", "تسجيل"], ["Inscription", "Inscriptions"]),
  fields: {
    ...systemWords,
    beneficiaryId: { ar: "المستفيد", fr: "Bénéficiaire" },
    centerId: { ar: "المركز", fr: "Centre" },
    service: { ar: "الخدمة", fr: "Prestation" },
    startDate: { ar: "تاريخ البداية", fr: "Début" },
    endDate: { ar: "تاريخ النهاية", fr: "Fin" },
  },
} satisfies RegistryWords<typeof EnrollmentFields>;
