import type { CenterFields } from "../../center.js";
import { byCount, type RegistryWords, systemWords, territoryWords } from "../fields.js";

/** The words of the centers registry (center.ts). */
export const centerWords = {
  name: byCount(["مراكز", "مركز", "المراكز", "مراكز", "مركزًا", "مركز"], ["Centre", "Centres"]),
  fields: {
    ...systemWords,
    ...territoryWords,
    name: { ar: "الاسم", fr: "Nom" },
    type: { ar: "نوع المركز", fr: "Type de centre" },
    capacity: { ar: "الطاقة الاستيعابية", fr: "Capacité d'accueil" },
    status: { ar: "الحالة", fr: "Statut" },
    openedOn: { ar: "تاريخ الافتتاح", fr: "Ouvert le" },
    closedOn: { ar: "تاريخ الإغلاق", fr: "Fermé le" },
    managedBy: { ar: "الجهة المسيّرة", fr: "Géré par" },
    location: { lat: { ar: "خط العرض", fr: "Latitude" }, lng: { ar: "خط الطول", fr: "Longitude" } },
  },
} satisfies RegistryWords<typeof CenterFields>;
