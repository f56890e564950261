/**
 * Every word of the import a person reads — column headers, allowed values,
 * row messages — in Arabic, French and English (API errors). The templates,
 * the reports, the API and the console read them from here.
 */
import type { Language } from "./errors.js";
import { enumLabels } from "./labels.js";
import { type Label, wordsIn } from "./words.js";

// The API's three languages, as its errors define them.
export { type Language, languages } from "./errors.js";
export type Words = Record<Language, string>;

const w = (ar: string, fr: string, en: string): Words => ({ ar, fr, en });

/** Column headers of the templates (the API field name is always accepted too). */
export const headers: Record<string, Words> = {
  nationalId: w("رقم البطاقة الوطنية", "CIN", "National ID"),
  firstName: w("الاسم الشخصي", "Prénom", "First name"),
  lastName: w("الاسم العائلي", "Nom", "Last name"),
  sex: w("الجنس", "Sexe", "Sex"),
  birthDate: w("تاريخ الازدياد", "Date de naissance", "Birth date"),
  categories: w("الفئات", "Catégories", "Categories"),
  disabilityType: w("نوع الإعاقة", "Type de handicap", "Disability type"),
  regionCode: w("الجهة", "Région", "Region"),
  provinceCode: w("العمالة أو الإقليم", "Province", "Province"),
  areaType: w("نوع الوسط", "Milieu", "Area type"),
  phone: w("الهاتف", "Téléphone", "Phone"),
  consentGiven: w("الموافقة", "Consentement", "Consent"),
  name: w("الاسم", "Nom", "Name"),
  type: w("نوع المركز", "Type de centre", "Type"),
  capacity: w("الطاقة الاستيعابية", "Capacité", "Capacity"),
  status: w("الحالة", "Statut", "Status"),
  openedOn: w("تاريخ الافتتاح", "Ouvert le", "Opened on"),
  closedOn: w("تاريخ الإغلاق", "Fermé le", "Closed on"),
  managedBy: w("الجهة المسيّرة", "Géré par", "Managed by"),
  latitude: w("خط العرض", "Latitude", "Latitude"),
  longitude: w("خط الطول", "Longitude", "Longitude"),
  beneficiaryId: w("المستفيد", "Bénéficiaire", "Beneficiary"),
  centerId: w("المركز", "Centre", "Center"),
  service: w("الخدمة", "Prestation", "Service"),
  startDate: w("تاريخ البداية", "Début", "Start date"),
  endDate: w("تاريخ النهاية", "Fin", "End date"),
  kind: w("الشكل", "Forme", "Kind"),
  foundedOn: w("تاريخ التأسيس", "Fondée le", "Founded on"),
  sector: w("القطاع", "Secteur", "Sector"),
  members: w("الأعضاء", "Membres", "Members"),
  foundedByGraduates: w("أسسها خريجو المراكز", "Fondée par des lauréats", "Founded by graduates"),
  originCenterId: w("مركز التكوين الأصلي", "Centre d'origine", "Origin center"),
  outcome: w("النتيجة", "Résultat", "Outcome"),
  message: w("الرسالة", "Message", "Message"),
  recordId: w("معرّف السجل", "Identifiant créé", "Record id"),
  row: w("السطر", "Ligne", "Row"),
  allowedValues: w("القيم المسموح بها", "Valeurs admises", "Allowed values"),
  column: w("العمود", "Colonne", "Column"),
  value: w("القيمة", "Valeur", "Value"),
};

/** The API's English words for the fixed lists an import reads (Arabic and French come from labels.ts). */
const english = {
  sex: { female: "Female", male: "Male" },
  category: { woman: "Woman", child: "Child", disability: "Disability", elderly: "Elderly" },
  disabilityType: { motor: "Motor", visual: "Visual", hearing: "Hearing", mental: "Mental", multiple: "Multiple" },
  areaType: { urban: "Urban", semi_urban: "Semi-urban", rural: "Rural" },
  centerType: {
    education_training: "Education and training",
    kindergarten: "Kindergarten",
    social_protection: "Social protection",
    disability: "Disability",
    women: "Women",
    apprenticeship: "Apprenticeship",
    proximity: "Proximity",
  },
  centerStatus: { active: "Active", suspended: "Suspended", closed: "Closed" },
  service: {
    training: "Training",
    preschool: "Preschool",
    residential_care: "Residential care",
    day_care: "Day care",
    literacy: "Literacy",
    rehabilitation: "Rehabilitation",
    counseling: "Counseling",
  },
  sector: { textile: "Textile", crafts: "Crafts", agrifood: "Agrifood", services: "Services", other: "Other" },
  cooperativeKind: { cooperative: "Cooperative", association: "Association" },
} as const;

const labelOf = (list: string, value: string): Label => {
  const label = (enumLabels as Record<string, Record<string, Label>>)[list]?.[value];
  if (!label) throw new Error(`glossary: no label for ${list}.${value}`);
  return label;
};

/**
 * Allowed values of the fixed lists, by list then value: the console's and the
 * exports' words (labels.ts), the API's English, and yes/no.
 */
export const valueLabels: Record<string, Record<string, Words>> = {
  ...Object.fromEntries(
    Object.entries(english).map(([list, values]) => [
      list,
      Object.fromEntries(Object.entries(values).map(([value, en]) => [value, { ...labelOf(list, value), en }])),
    ]),
  ),
  yesNo: { true: w("نعم", "Oui", "Yes"), false: w("لا", "Non", "No") },
};

/** Outcomes of a row. */
export const outcomeLabels: Record<string, Words> = {
  valid: w("صالح", "Valide", "Valid"),
  invalid: w("غير صالح", "Invalide", "Invalid"),
  duplicate: w("مكرر", "Doublon", "Duplicate"),
  probable_duplicate: w("مكرر محتمل", "Doublon probable", "Probable duplicate"),
  created: w("أُنشئ", "Créé", "Created"),
  skipped: w("لم يُنشأ", "Non créé", "Skipped"),
};

/** Row and file messages; `{name}` is replaced by the message's parameters. */
export const messages: Record<string, Words> = {
  required: w("قيمة مطلوبة", "Valeur obligatoire", "A value is required"),
  bad_date: w(
    "تاريخ غير صالح: اكتب يوم/شهر/سنة أو سنة-شهر-يوم",
    "Date invalide : écrire jj/mm/aaaa ou aaaa-mm-jj",
    "Invalid date: write dd/mm/yyyy or yyyy-mm-dd",
  ),
  bad_number: w("رقم غير صالح", "Nombre invalide", "Invalid number"),
  bad_integer: w("عدد صحيح مطلوب", "Nombre entier attendu", "A whole number is expected"),
  bad_yes_no: w("اكتب نعم أو لا", "Écrire oui ou non", "Write yes or no"),
  bad_value: w(
    "قيمة غير معروفة «{value}»؛ القيم المسموح بها: {allowed}",
    "Valeur inconnue « {value} » ; valeurs admises : {allowed}",
    'Unknown value "{value}"; allowed: {allowed}',
  ),
  bad_region: w("جهة غير معروفة «{value}»", "Région inconnue « {value} »", 'Unknown region "{value}"'),
  bad_province: w("عمالة أو إقليم غير معروف «{value}»", "Province inconnue « {value} »", 'Unknown province "{value}"'),
  formula: w(
    "الصيغ غير مقبولة: الصق القيم فقط",
    "Les formules ne sont pas importées : collez les valeurs",
    "Formulas are not imported: paste the values",
  ),
  consent_required: w(
    "موافقة المعني بالأمر مطلوبة (القانون 09-08)",
    "Le consentement de la personne est obligatoire (loi 09-08)",
    "Consent is required (law 09-08)",
  ),
  outside_region: w("خارج جهاتك", "Hors de vos régions", "Outside your region"),
  duplicate_in_registry: w(
    "موجود في السجل مسبقًا (نفس رقم البطاقة الوطنية)",
    "Existe déjà dans le registre (même CIN)",
    "Already in the registry (same national ID)",
  ),
  duplicate_in_file: w(
    "مكرر في الملف: نفس رقم البطاقة الوطنية في السطر {row}",
    "Doublon dans le fichier : même CIN qu'à la ligne {row}",
    "Twice in the file: same national ID as row {row}",
  ),
  probable_in_registry: w(
    "نفس الشخص محتمل موجود في السجل",
    "Probablement la même personne que dans le registre",
    "Probably the same person as in the registry",
  ),
  probable_in_file: w(
    "نفس الشخص محتمل في السطر {row}",
    "Probablement la même personne qu'à la ligne {row}",
    "Probably the same person as row {row}",
  ),
  missing_reference: w("لا يوجد {what} بهذا المعرّف", "Aucun {what} avec cet identifiant", "No {what} with this id"),
  rule: w("{detail}", "{detail}", "{detail}"),
  unknown_column: w("عمود غير معروف، تم تجاهله", "Colonne inconnue, ignorée", "Unknown column, ignored"),
  missing_columns: w(
    "أعمدة مطلوبة غير موجودة: {columns}",
    "Colonnes obligatoires absentes : {columns}",
    "Required columns missing: {columns}",
  ),
  empty_file: w("الملف فارغ", "Le fichier est vide", "The file is empty"),
  not_a_table: w("الملف ليس CSV ولا XLSX", "Le fichier n'est ni un CSV ni un XLSX", "The file is neither CSV nor XLSX"),
  too_large: w("الملف أكبر من {limit}", "Le fichier dépasse {limit}", "The file is larger than {limit}"),
  too_many_rows: w(
    "الملف يتجاوز {limit} سطر",
    "Le fichier dépasse {limit} lignes",
    "The file has more than {limit} rows",
  ),
  unreadable: w("تعذرت قراءة الملف: {detail}", "Fichier illisible : {detail}", "The file cannot be read: {detail}"),
  no_file: w("لم يُرفع أي ملف", "Aucun fichier téléversé", "No file was uploaded"),
  commit_refused: w("رُفض عند الإنشاء: {detail}", "Refusé à la création : {detail}", "Refused when created: {detail}"),
};

/** `{name}` placeholders filled from params; an unknown code shows its English detail. */
export function say(code: string, lang: Language, params: Record<string, string | number> = {}): string {
  const template = messages[code]?.[lang] ?? String(params.detail ?? code);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}

/**
 * The console's Imports page (استيراد / Importations), in Arabic and French:
 * its titles, buttons, statuses and counts (`%{name}` as react-admin fills
 * it), and the list's column names. The rows' messages come from the API.
 */
const pageWords = {
  title: { ar: "استيراد", fr: "Importations" },
  new: { ar: "استيراد ملف", fr: "Importer un fichier" },
  past: { ar: "عمليات الاستيراد السابقة", fr: "Importations précédentes" },
  step_registry: { ar: "1. اختر السجل وحمّل النموذج", fr: "1. Choisissez le registre et téléchargez le modèle" },
  step_file: { ar: "2. أرسل الملف المملوء", fr: "2. Envoyez le fichier rempli" },
  template: { ar: "تحميل النموذج", fr: "Télécharger le modèle" },
  template_lang: { ar: "لغة العناوين", fr: "Langue des en-têtes" },
  drop: {
    ar: "اسحب الملف وأفلته هنا أو انقر لاختياره (CSV أو XLSX)",
    fr: "Déposez le fichier ici ou cliquez pour le choisir (CSV ou XLSX)",
  },
  uploading: { ar: "جارٍ إرسال الملف…", fr: "Envoi du fichier…" },
  progress: { ar: "%{done} من %{total} سطر", fr: "%{done} lignes sur %{total}" },
  dry_run: { ar: "نتيجة الفحص (لم يُسجَّل أي شيء بعد)", fr: "Résultat de la vérification (rien n'est encore enregistré)" },
  final: { ar: "نتيجة الاستيراد", fr: "Résultat de l'import" },
  problems: { ar: "الأسطر التي تحتاج مراجعة", fr: "Lignes à revoir" },
  row: { ar: "السطر", fr: "Ligne" },
  column: { ar: "العمود", fr: "Colonne" },
  message: { ar: "الرسالة", fr: "Message" },
  existing: { ar: "السجل الموجود", fr: "Fiche existante" },
  reasons: { ar: "الأسباب", fr: "Raisons" },
  score: { ar: "درجة التشابه", fr: "Score" },
  record: { ar: "السجل المُنشأ", fr: "Fiche créée" },
  none: { ar: "لا توجد أسطر من هذا النوع.", fr: "Aucune ligne de ce type." },
  more: { ar: "عرض المزيد", fr: "Afficher plus" },
  report: { ar: "تحميل التقرير", fr: "Télécharger le rapport" },
  commit: { ar: "استيراد الأسطر الصالحة", fr: "Importer les lignes valides" },
  create_probable: { ar: "إنشاء التكرارات المحتملة أيضًا", fr: "Créer aussi les doublons probables" },
  committed: { ar: "تم الاستيراد", fr: "Import terminé" },
  failed: { ar: "تعذّر الاستيراد", fr: "L'import a échoué" },
  unknown_columns: { ar: "أعمدة لم تُستورد: %{columns}", fr: "Colonnes non importées : %{columns}" },
  not_allowed: { ar: "الاستيراد غير متاح لحسابك.", fr: "L'import n'est pas ouvert à votre compte." },
  errors: {
    format: { ar: "يجب أن يكون الملف بصيغة CSV أو XLSX.", fr: "Le fichier doit être au format CSV ou XLSX." },
  },
  status: {
    awaiting_file: { ar: "في انتظار الملف", fr: "En attente du fichier" },
    validating: { ar: "جارٍ الفحص", fr: "Vérification en cours" },
    validated: { ar: "تم الفحص", fr: "Vérifié" },
    committing: { ar: "جارٍ الاستيراد", fr: "Import en cours" },
    committed: { ar: "تم الاستيراد", fr: "Importé" },
    failed: { ar: "فشل", fr: "Échec" },
  },
  outcome: {
    valid: { ar: "صالحة", fr: "Valides" },
    invalid: { ar: "غير صالحة", fr: "Invalides" },
    duplicate: { ar: "مكررة", fr: "Doublons" },
    probable_duplicate: { ar: "تكرارات محتملة", fr: "Doublons probables" },
    created: { ar: "مُنشأة", fr: "Créées" },
    skipped: { ar: "متجاوزة", fr: "Écartées" },
  },
  counts: {
    rows: { ar: "الأسطر", fr: "Lignes" },
    valid: { ar: "صالحة", fr: "Valides" },
    invalid: { ar: "غير صالحة", fr: "Invalides" },
    duplicates: { ar: "مكررة", fr: "Doublons" },
    probableDuplicates: { ar: "تكرارات محتملة", fr: "Doublons probables" },
    created: { ar: "مُنشأة", fr: "Créées" },
    skipped: { ar: "متجاوزة", fr: "Écartées" },
  },
} as const;

// The menu reads the dual slot (smart_count 2): "استيراد", as the page is called.
const listWords = {
  name: {
    ar: "استيراد |||| استيراد |||| استيراد |||| عمليات استيراد |||| عملية استيراد |||| عملية استيراد",
    fr: "Importation |||| Importations",
  },
  fields: {
    createdAt: { ar: "التاريخ", fr: "Date" },
    createdBy: { ar: "بواسطة", fr: "Par" },
    registry: { ar: "السجل", fr: "Registre" },
    fileName: { ar: "الملف", fr: "Fichier" },
    status: { ar: "الحالة", fr: "Statut" },
    counts: { ar: "الأسطر", fr: "Lignes" },
  },
} as const;

/** The page's words in one language: `resources.imports` and `entraide.imports` of the console's messages. */
export const importsPageWords = (language: "ar" | "fr") => ({
  resource: wordsIn(language, listWords),
  messages: wordsIn(language, pageWords),
});
