/**
 * The figures of the yearly bilan, named as the exports and the API name them.
 * Labels are in French and Arabic: finance staff read both.
 */
export const indicatorKeys = [
  "centers.active",
  "centers.ruralOrSemiUrbanShare",
  "beneficiaries.served",
  "beneficiaries.servedRuralOrSemiUrbanShare",
  "socialCare.institutionsSupported",
  "aid.foodRecipientsWithDisability",
  "aid.customsGoodsRecipients",
  "aid.valueMad",
  "cooperatives.createdByGraduates",
  "cooperatives.supported",
  "exhibitions.held",
  "marketplaceSpaces.opened",
  "marketplaceSpaces.cooperativesHosted",
  "facs.incomeGeneratingBeneficiaries",
  "facs.amountMad",
  "vigilanceCells.active",
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

export interface Label {
  fr: string;
  ar: string;
}

export const indicatorLabels: Record<IndicatorKey, Label> = {
  "centers.active": { fr: "Centres actifs", ar: "المراكز النشيطة" },
  "centers.ruralOrSemiUrbanShare": { fr: "Part des centres en milieu rural ou semi-urbain", ar: "نسبة المراكز بالوسط القروي وشبه الحضري" },
  "beneficiaries.served": { fr: "Bénéficiaires servis", ar: "المستفيدون" },
  "beneficiaries.servedRuralOrSemiUrbanShare": {
    fr: "Part des bénéficiaires servis en milieu rural ou semi-urbain",
    ar: "نسبة المستفيدين بالوسط القروي وشبه الحضري",
  },
  "socialCare.institutionsSupported": {
    fr: "Établissements de protection sociale soutenus (protection des mineurs)",
    ar: "مؤسسات الرعاية الاجتماعية المدعمة (حماية القاصرين)",
  },
  "aid.foodRecipientsWithDisability": { fr: "Personnes en situation de handicap ayant reçu une aide alimentaire", ar: "الأشخاص في وضعية إعاقة المستفيدون من المواد الغذائية" },
  "aid.customsGoodsRecipients": { fr: "Bénéficiaires de biens saisis ou exonérés en douane", ar: "المستفيدون من الإعفاءات والمحجوزات الجمركية" },
  "aid.valueMad": { fr: "Valeur totale des aides (MAD)", ar: "القيمة الإجمالية للمساعدات (درهم)" },
  "cooperatives.createdByGraduates": { fr: "Coopératives créées par des lauréat·e·s", ar: "التعاونيات المحدثة من طرف الخريجين" },
  "cooperatives.supported": { fr: "Coopératives et associations soutenues", ar: "التعاونيات والجمعيات المدعمة" },
  "exhibitions.held": { fr: "Expositions organisées", ar: "المعارض المنظمة" },
  "marketplaceSpaces.opened": { fr: "Espaces de commercialisation solidaire ouverts", ar: "فضاءات التسويق التضامني المحدثة" },
  "marketplaceSpaces.cooperativesHosted": { fr: "Coopératives accueillies par les nouveaux espaces", ar: "التعاونيات المستفيدة من الفضاءات الجديدة" },
  "facs.incomeGeneratingBeneficiaries": {
    fr: "Bénéficiaires d'activités génératrices de revenus (FACS)",
    ar: "المستفيدون من الأنشطة المدرة للدخل (صندوق دعم التماسك الاجتماعي)",
  },
  "facs.amountMad": { fr: "Montant des subventions FACS (MAD)", ar: "مبلغ منح صندوق دعم التماسك الاجتماعي (درهم)" },
  "vigilanceCells.active": { fr: "Cellules de veille sociale actives", ar: "خلايا اليقظة الاجتماعية النشيطة" },
};

/** Breakdowns: a figure split by one dimension, bucket → value. */
export const breakdownKeys = [
  "centers.byType",
  "centers.byRegion",
  "centers.byAreaType",
  "beneficiaries.byCategory",
  "beneficiaries.bySex",
  "beneficiaries.byAgeBand",
  "beneficiaries.byRegion",
  "beneficiaries.byAreaType",
  "aid.recipientsByKind",
  "aid.valueMadByKind",
  "vigilanceAlerts.byKind",
] as const;
export type BreakdownKey = (typeof breakdownKeys)[number];

export const breakdownLabels: Record<BreakdownKey, Label> = {
  "centers.byType": { fr: "Centres actifs par type", ar: "المراكز النشيطة حسب النوع" },
  "centers.byRegion": { fr: "Centres actifs par région", ar: "المراكز النشيطة حسب الجهة" },
  "centers.byAreaType": { fr: "Centres actifs par milieu", ar: "المراكز النشيطة حسب الوسط" },
  "beneficiaries.byCategory": { fr: "Bénéficiaires servis par catégorie", ar: "المستفيدون حسب الفئة" },
  "beneficiaries.bySex": { fr: "Bénéficiaires servis par sexe", ar: "المستفيدون حسب الجنس" },
  "beneficiaries.byAgeBand": { fr: "Bénéficiaires servis par tranche d'âge (au 31 décembre)", ar: "المستفيدون حسب الفئة العمرية (في 31 دجنبر)" },
  "beneficiaries.byRegion": { fr: "Bénéficiaires servis par région du centre", ar: "المستفيدون حسب جهة المركز" },
  "beneficiaries.byAreaType": { fr: "Bénéficiaires servis par milieu du centre", ar: "المستفيدون حسب وسط المركز" },
  "aid.recipientsByKind": { fr: "Bénéficiaires d'aides par nature", ar: "المستفيدون من المساعدات حسب النوع" },
  "aid.valueMadByKind": { fr: "Valeur des aides par nature (MAD)", ar: "قيمة المساعدات حسب النوع (درهم)" },
  "vigilanceAlerts.byKind": { fr: "Signalements des cellules de veille par nature", ar: "إشعارات خلايا اليقظة حسب النوع" },
};

export type IndicatorValues = Record<IndicatorKey, number>;
export type Breakdowns = Record<BreakdownKey, Record<string, number>>;

export const zeroValues = (): IndicatorValues =>
  Object.fromEntries(indicatorKeys.map((k) => [k, 0])) as IndicatorValues;
