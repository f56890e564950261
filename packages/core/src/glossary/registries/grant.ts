import type { GrantFields } from "../../grant.js";
import { byCount, type RegistryWords, systemWords } from "../fields.js";

/** The words of the Social Cohesion Support Fund grants registry (grant.ts). */
export const grantWords = {
  name: byCount(
    ["منح", "منحة", "منح صندوق دعم التماسك الاجتماعي", "منح", "منحةً", "منحة"],
    ["Subvention FACS", "Subventions FACS"],
  ),
  fields: {
    ...systemWords,
    beneficiaryId: { ar: "المستفيد", fr: "Bénéficiaire" },
    amountMad: { ar: "المبلغ (درهم)", fr: "Montant (MAD)" },
    awardedOn: { ar: "تاريخ المنح", fr: "Accordée le" },
    activity: { ar: "النشاط المدر للدخل", fr: "Activité génératrice de revenus" },
    status: { ar: "الحالة", fr: "Statut" },
  },
} satisfies RegistryWords<typeof GrantFields>;
