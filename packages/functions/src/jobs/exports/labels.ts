import { regions } from "@entraide/core/territory";
import type { Label } from "@entraide/core/indicators/keys";

/** French and Arabic names of the buckets of the breakdowns; an unknown bucket keeps its code. */
const bucketLabels: Record<string, Label> = {
  // center types
  education_training: { fr: "Éducation et formation", ar: "التربية والتكوين" },
  kindergarten: { fr: "Jardin d'enfants", ar: "روض الأطفال" },
  social_protection: { fr: "Protection sociale", ar: "الرعاية الاجتماعية" },
  disability: { fr: "Handicap", ar: "الإعاقة" },
  women: { fr: "Femmes", ar: "النساء" },
  apprenticeship: { fr: "Apprentissage", ar: "التدرج المهني" },
  proximity: { fr: "Proximité", ar: "القرب" },
  // area types
  urban: { fr: "Urbain", ar: "حضري" },
  semi_urban: { fr: "Semi-urbain", ar: "شبه حضري" },
  rural: { fr: "Rural", ar: "قروي" },
  // beneficiary categories, sex, age bands
  woman: { fr: "Femme", ar: "امرأة" },
  child: { fr: "Enfant", ar: "طفل" },
  elderly: { fr: "Personne âgée", ar: "مسن" },
  female: { fr: "Féminin", ar: "أنثى" },
  male: { fr: "Masculin", ar: "ذكر" },
  "0-17": { fr: "0 à 17 ans", ar: "من 0 إلى 17 سنة" },
  "18-59": { fr: "18 à 59 ans", ar: "من 18 إلى 59 سنة" },
  "60+": { fr: "60 ans et plus", ar: "60 سنة فما فوق" },
  // aid kinds
  food: { fr: "Denrées alimentaires", ar: "مواد غذائية" },
  customs_goods: { fr: "Biens saisis ou exonérés en douane", ar: "محجوزات وإعفاءات جمركية" },
  equipment: { fr: "Équipement", ar: "تجهيزات" },
  ...Object.fromEntries(regions.map((r) => [r.code, { fr: r.nameFr, ar: r.nameAr }])),
};

export function bucketLabel(bucket: string): Label {
  return bucketLabels[bucket] ?? { fr: bucket, ar: bucket };
}
