/**
 * Entraide's domain words, in Arabic and French, in one place: the console's
 * labels (admin/src/i18n) and the bilan's exports (CSV, XLSX, JSON) read them
 * from here, so a figure or a category is named the same everywhere.
 *
 * Only types are imported from the domain modules: the console bundles this
 * file without pulling zod or the database client in. Each record is keyed by
 * its list's values, so a value added to a list and not named here fails `tsc`.
 */
// No import attribute (see territory.ts): tsx, vite and esbuild inline the JSON.
import territories from "../../../../seeds/territories.json";
import type { aidKinds } from "../aid-distribution.js";
import type { categories, disabilityTypes } from "../beneficiary.js";
import type { centerTypes } from "../center.js";
import type { sectors } from "../cooperative.js";
import type { services } from "../enrollment.js";
import type { exhibitionScopes } from "../exhibition.js";
import type { grantStatuses } from "../grant.js";
import type { BreakdownKey, IndicatorKey } from "../indicators/keys.js";
import type { ageBands } from "../indicators/period.js";
import type { RunStatus } from "../indicators/runs.js";
import type { alertKinds, alertStatuses } from "../vigilance-alert.js";

import { type Label, type Language, wordsIn } from "./words.js";

export { type Label, type Language, languages } from "./words.js";

type Labels<T extends string> = Record<T, Label>;
type Of<T extends readonly string[]> = T[number];

/** The registries' fixed lists, value → label (the console offers the values in the API document's order). */
export const enumLabels = {
  centerType: {
    education_training: { ar: "التربية والتكوين", fr: "Éducation et formation" },
    kindergarten: { ar: "روض الأطفال", fr: "Jardin d'enfants" },
    // "مؤسسات الرعاية الاجتماعية": the établissements de protection sociale of law 65-15.
    social_protection: { ar: "الرعاية الاجتماعية", fr: "Protection sociale" },
    disability: { ar: "الأشخاص في وضعية إعاقة", fr: "Personnes en situation de handicap" },
    women: { ar: "مراكز المرأة", fr: "Centre de la femme" },
    apprenticeship: { ar: "التكوين بالتدرج المهني", fr: "Formation par apprentissage" },
    proximity: { ar: "مراكز القرب", fr: "Centre de proximité" },
  } satisfies Labels<Of<typeof centerTypes>>,
  centerStatus: {
    active: { ar: "نشط", fr: "Actif" },
    suspended: { ar: "موقوف مؤقتًا", fr: "Suspendu" },
    closed: { ar: "مغلق", fr: "Fermé" },
  } satisfies Labels<"active" | "suspended" | "closed">,
  areaType: {
    urban: { ar: "حضري", fr: "Urbain" },
    semi_urban: { ar: "شبه حضري", fr: "Périurbain" },
    rural: { ar: "قروي", fr: "Rural" },
  } satisfies Labels<"urban" | "semi_urban" | "rural">,
  sex: { female: { ar: "أنثى", fr: "Femme" }, male: { ar: "ذكر", fr: "Homme" } } satisfies Labels<"female" | "male">,
  category: {
    woman: { ar: "المرأة", fr: "Femme" },
    child: { ar: "الطفولة", fr: "Enfance" },
    disability: { ar: "الإعاقة", fr: "Handicap" },
    elderly: { ar: "المسنون", fr: "Personnes âgées" },
  } satisfies Labels<Of<typeof categories>>,
  disabilityType: {
    motor: { ar: "حركية", fr: "Moteur" },
    visual: { ar: "بصرية", fr: "Visuel" },
    hearing: { ar: "سمعية", fr: "Auditif" },
    mental: { ar: "ذهنية", fr: "Mental" },
    multiple: { ar: "متعددة", fr: "Multiple" },
  } satisfies Labels<Of<typeof disabilityTypes>>,
  ageBand: {
    "0-17": { ar: "من 0 إلى 17 سنة", fr: "0 à 17 ans" },
    "18-59": { ar: "من 18 إلى 59 سنة", fr: "18 à 59 ans" },
    "60+": { ar: "60 سنة فما فوق", fr: "60 ans et plus" },
  } satisfies Labels<Of<typeof ageBands>>,
  service: {
    training: { ar: "التكوين", fr: "Formation" },
    preschool: { ar: "التعليم الأولي", fr: "Préscolaire" },
    residential_care: { ar: "الإيواء", fr: "Hébergement" },
    day_care: { ar: "الرعاية النهارية", fr: "Accueil de jour" },
    literacy: { ar: "محو الأمية", fr: "Alphabétisation" },
    rehabilitation: { ar: "إعادة التأهيل", fr: "Rééducation" },
    counseling: { ar: "الإنصات والتوجيه", fr: "Écoute et orientation" },
  } satisfies Labels<Of<typeof services>>,
  sector: {
    textile: { ar: "النسيج", fr: "Textile" },
    crafts: { ar: "الصناعة التقليدية", fr: "Artisanat" },
    agrifood: { ar: "الصناعات الغذائية", fr: "Agroalimentaire" },
    services: { ar: "الخدمات", fr: "Services" },
    other: { ar: "أخرى", fr: "Autre" },
  } satisfies Labels<Of<typeof sectors>>,
  cooperativeKind: {
    cooperative: { ar: "تعاونية", fr: "Coopérative" },
    association: { ar: "جمعية", fr: "Association" },
  } satisfies Labels<"cooperative" | "association">,
  spaceStatus: { active: { ar: "مفتوح", fr: "Ouvert" }, closed: { ar: "مغلق", fr: "Fermé" } } satisfies Labels<
    "active" | "closed"
  >,
  exhibitionScope: {
    local: { ar: "محلي", fr: "Locale" },
    regional: { ar: "جهوي", fr: "Régionale" },
    national: { ar: "وطني", fr: "Nationale" },
    international: { ar: "دولي", fr: "Internationale" },
  } satisfies Labels<Of<typeof exhibitionScopes>>,
  aidKind: {
    food: { ar: "مواد غذائية", fr: "Denrées alimentaires" },
    customs_goods: { ar: "محجوزات وإعفاءات جمركية", fr: "Biens saisis ou exonérés en douane" },
    equipment: { ar: "تجهيزات ومعدات", fr: "Équipements et appareillages" },
  } satisfies Labels<Of<typeof aidKinds>>,
  grantStatus: {
    awarded: { ar: "ممنوحة", fr: "Accordée" },
    disbursed: { ar: "مصروفة", fr: "Versée" },
    cancelled: { ar: "ملغاة", fr: "Annulée" },
  } satisfies Labels<Of<typeof grantStatuses>>,
  cellActivity: { true: { ar: "نشطة", fr: "Active" }, false: { ar: "منحلة", fr: "Dissoute" } } satisfies Labels<
    "true" | "false"
  >,
  alertKind: {
    homelessness: { ar: "أشخاص بدون مأوى", fr: "Personne sans abri" },
    cold_wave: { ar: "موجة البرد", fr: "Vague de froid" },
    abuse: { ar: "سوء المعاملة", fr: "Maltraitance" },
    abandonment: { ar: "الإهمال والتخلي", fr: "Abandon" },
    other: { ar: "أخرى", fr: "Autre" },
  } satisfies Labels<Of<typeof alertKinds>>,
  alertStatus: {
    open: { ar: "مفتوحة", fr: "Ouverte" },
    referred: { ar: "موجهة إلى مركز", fr: "Orientée vers un centre" },
    closed: { ar: "مغلقة", fr: "Clôturée" },
  } satisfies Labels<Of<typeof alertStatuses>>,
  /** A year's bilan: provisional (recomputed each night) until its closing run freezes it on 5 January. */
  bilanStatus: {
    provisional: { ar: "مؤقتة", fr: "Provisoire" },
    frozen: { ar: "نهائية", fr: "Définitive" },
  } satisfies Labels<"provisional" | "frozen">,
  runStatus: {
    queued: { ar: "في الانتظار", fr: "En attente" },
    running: { ar: "قيد الاحتساب", fr: "En cours" },
    succeeded: { ar: "تم بنجاح", fr: "Terminé" },
    skipped: { ar: "لم يُنفَّذ (سنة مغلقة)", fr: "Ignoré (année clôturée)" },
    failed: { ar: "فشل", fr: "Échec" },
  } satisfies Labels<(typeof RunStatus)["options"][number]>,
};
export type EnumName = keyof typeof enumLabels;

/** The 16 figures of the yearly bilan (indicators/keys.ts names them). */
export const indicatorLabels: Labels<IndicatorKey> = {
  "centers.active": { fr: "Centres actifs", ar: "المراكز النشطة" },
  "centers.ruralOrSemiUrbanShare": {
    fr: "Part des centres en milieu rural ou semi-urbain",
    ar: "نسبة المراكز بالوسط القروي وشبه الحضري",
  },
  "beneficiaries.served": { fr: "Bénéficiaires servis", ar: "المستفيدون" },
  "beneficiaries.servedRuralOrSemiUrbanShare": {
    fr: "Part des bénéficiaires servis en milieu rural ou semi-urbain",
    ar: "نسبة المستفيدين بالوسط القروي وشبه الحضري",
  },
  "socialCare.institutionsSupported": {
    fr: "Établissements de protection sociale soutenus (protection des mineurs)",
    ar: "مؤسسات الرعاية الاجتماعية المدعمة (حماية القاصرين)",
  },
  "aid.foodRecipientsWithDisability": {
    fr: "Personnes en situation de handicap ayant reçu une aide alimentaire",
    ar: "الأشخاص في وضعية إعاقة المستفيدون من المواد الغذائية",
  },
  "aid.customsGoodsRecipients": {
    fr: "Bénéficiaires de biens saisis ou exonérés en douane",
    ar: "المستفيدون من الإعفاءات والمحجوزات الجمركية",
  },
  "aid.valueMad": { fr: "Valeur totale des aides (MAD)", ar: "القيمة الإجمالية للمساعدات (درهم)" },
  "cooperatives.createdByGraduates": {
    fr: "Coopératives créées par des lauréat·e·s",
    ar: "التعاونيات المحدثة من طرف الخريجين",
  },
  "cooperatives.supported": { fr: "Coopératives et associations soutenues", ar: "التعاونيات والجمعيات المدعمة" },
  "exhibitions.held": { fr: "Expositions organisées", ar: "المعارض المنظمة" },
  "marketplaceSpaces.opened": {
    fr: "Espaces de commercialisation solidaire ouverts",
    ar: "فضاءات التسويق التضامني المحدثة",
  },
  "marketplaceSpaces.cooperativesHosted": {
    fr: "Coopératives accueillies par les nouveaux espaces",
    ar: "التعاونيات المستفيدة من الفضاءات الجديدة",
  },
  "facs.incomeGeneratingBeneficiaries": {
    fr: "Bénéficiaires d'activités génératrices de revenus (FACS)",
    ar: "المستفيدون من الأنشطة المدرة للدخل (صندوق دعم التماسك الاجتماعي)",
  },
  "facs.amountMad": { fr: "Montant des subventions FACS (MAD)", ar: "مبلغ منح صندوق دعم التماسك الاجتماعي (درهم)" },
  "vigilanceCells.active": { fr: "Cellules de veille sociale actives", ar: "خلايا اليقظة الاجتماعية النشطة" },
};

/** Each breakdown's title, and the list (or territory) its buckets are values of. */
export const breakdownLabels: Record<BreakdownKey, Label & { buckets: EnumName | "region" }> = {
  "centers.byType": { fr: "Centres actifs par type", ar: "المراكز النشطة حسب النوع", buckets: "centerType" },
  "centers.byRegion": { fr: "Centres actifs par région", ar: "المراكز النشطة حسب الجهة", buckets: "region" },
  "centers.byAreaType": { fr: "Centres actifs par milieu", ar: "المراكز النشطة حسب الوسط", buckets: "areaType" },
  "beneficiaries.byCategory": {
    fr: "Bénéficiaires servis par catégorie",
    ar: "المستفيدون حسب الفئة",
    buckets: "category",
  },
  "beneficiaries.bySex": { fr: "Bénéficiaires servis par sexe", ar: "المستفيدون حسب الجنس", buckets: "sex" },
  "beneficiaries.byAgeBand": {
    fr: "Bénéficiaires servis par tranche d'âge (au 31 décembre)",
    ar: "المستفيدون حسب الفئة العمرية (في 31 دجنبر)",
    buckets: "ageBand",
  },
  "beneficiaries.byDisabilityType": {
    fr: "Bénéficiaires servis par type de handicap",
    ar: "المستفيدون حسب نوع الإعاقة",
    buckets: "disabilityType",
  },
  "beneficiaries.byRegion": {
    fr: "Bénéficiaires servis par région du centre",
    ar: "المستفيدون حسب جهة المركز",
    buckets: "region",
  },
  "beneficiaries.byAreaType": {
    fr: "Bénéficiaires servis par milieu du centre",
    ar: "المستفيدون حسب وسط المركز",
    buckets: "areaType",
  },
  "aid.recipientsByKind": {
    fr: "Bénéficiaires d'aides par nature",
    ar: "المستفيدون من المساعدات حسب النوع",
    buckets: "aidKind",
  },
  "aid.valueMadByKind": {
    fr: "Valeur des aides par nature (MAD)",
    ar: "قيمة المساعدات حسب النوع (درهم)",
    buckets: "aidKind",
  },
  "vigilanceAlerts.byKind": {
    fr: "Signalements des cellules de veille par nature",
    ar: "إشعارات خلايا اليقظة حسب النوع",
    buckets: "alertKind",
  },
};

/** The 12 regions of 2015 and the 75 prefectures and provinces, named as seeds/territories.json names them. */
const territoryLabels = (list: Array<{ code: string; nameFr: string; nameAr: string }>): Record<string, Label> =>
  Object.fromEntries(list.map((t) => [t.code, { fr: t.nameFr, ar: t.nameAr }]));
export const regionLabels = territoryLabels(territories.regions);
export const provinceLabels = territoryLabels(territories.provinces);

/** The label of one bucket of a breakdown; an unknown bucket keeps its code in both languages. */
export function bucketLabel(breakdown: BreakdownKey, bucket: string): Label {
  const list = breakdownLabels[breakdown].buckets;
  const labels: Record<string, Label> = list === "region" ? regionLabels : enumLabels[list];
  return labels[bucket] ?? { fr: bucket, ar: bucket };
}

/** A list's labels in one language, `{ list: { value: label } }`: the console's `entraide.enums` messages. */
export const enumMessages = (language: Language): Record<EnumName, Record<string, string>> =>
  wordsIn(language, enumLabels);
