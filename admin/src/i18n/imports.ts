// The menu reads the dual slot (smart_count 2): "استيراد", as the page is called.
/**
 * The Imports page's words (استيراد / Importations). The registry names come
 * from `resources.<registry>.name`; the messages of rows come from the API, in
 * the language the console asks for (Accept-Language).
 */
const fields = {
  ar: { createdAt: "التاريخ", createdBy: "بواسطة", registry: "السجل", fileName: "الملف", status: "الحالة", counts: "الأسطر" },
  fr: { createdAt: "Date", createdBy: "Par", registry: "Registre", fileName: "Fichier", status: "Statut", counts: "Lignes" },
};

export const importsResource = {
  ar: { name: "استيراد |||| استيراد |||| استيراد |||| عمليات استيراد |||| عملية استيراد |||| عملية استيراد", fields: fields.ar },
  fr: { name: "Importation |||| Importations", fields: fields.fr },
};

export const importsMessages = {
  ar: {
    title: "استيراد",
    new: "استيراد ملف",
    past: "عمليات الاستيراد السابقة",
    step_registry: "1. اختر السجل وحمّل النموذج",
    step_file: "2. أرسل الملف المملوء",
    template: "تحميل النموذج",
    template_lang: "لغة العناوين",
    drop: "اسحب الملف وأفلته هنا أو انقر لاختياره (CSV أو XLSX)",
    uploading: "جارٍ إرسال الملف…",
    progress: "%{done} من %{total} سطر",
    dry_run: "نتيجة الفحص (لم يُسجَّل أي شيء بعد)",
    final: "نتيجة الاستيراد",
    problems: "الأسطر التي تحتاج مراجعة",
    row: "السطر",
    column: "العمود",
    message: "الرسالة",
    existing: "السجل الموجود",
    reasons: "الأسباب",
    score: "درجة التشابه",
    record: "السجل المُنشأ",
    none: "لا توجد أسطر من هذا النوع.",
    more: "عرض المزيد",
    report: "تحميل التقرير",
    commit: "استيراد الأسطر الصالحة",
    create_probable: "إنشاء التكرارات المحتملة أيضًا",
    committed: "تم الاستيراد",
    failed: "تعذّر الاستيراد",
    unknown_columns: "أعمدة لم تُستورد: %{columns}",
    not_allowed: "الاستيراد غير متاح لحسابك.",
    errors: { format: "يجب أن يكون الملف بصيغة CSV أو XLSX." },
    status: {
      awaiting_file: "في انتظار الملف", validating: "جارٍ الفحص", validated: "تم الفحص",
      committing: "جارٍ الاستيراد", committed: "تم الاستيراد", failed: "فشل",
    },
    outcome: {
      valid: "صالحة", invalid: "غير صالحة", duplicate: "مكررة", probable_duplicate: "تكرارات محتملة", created: "مُنشأة", skipped: "متجاوزة",
    },
    counts: {
      rows: "الأسطر", valid: "صالحة", invalid: "غير صالحة", duplicates: "مكررة", probableDuplicates: "تكرارات محتملة", created: "مُنشأة", skipped: "متجاوزة",
    },
  },
  fr: {
    title: "Importations",
    new: "Importer un fichier",
    past: "Importations précédentes",
    step_registry: "1. Choisissez le registre et téléchargez le modèle",
    step_file: "2. Envoyez le fichier rempli",
    template: "Télécharger le modèle",
    template_lang: "Langue des en-têtes",
    drop: "Déposez le fichier ici ou cliquez pour le choisir (CSV ou XLSX)",
    uploading: "Envoi du fichier…",
    progress: "%{done} lignes sur %{total}",
    dry_run: "Résultat de la vérification (rien n'est encore enregistré)",
    final: "Résultat de l'import",
    problems: "Lignes à revoir",
    row: "Ligne",
    column: "Colonne",
    message: "Message",
    existing: "Fiche existante",
    reasons: "Raisons",
    score: "Score",
    record: "Fiche créée",
    none: "Aucune ligne de ce type.",
    more: "Afficher plus",
    report: "Télécharger le rapport",
    commit: "Importer les lignes valides",
    create_probable: "Créer aussi les doublons probables",
    committed: "Import terminé",
    failed: "L'import a échoué",
    unknown_columns: "Colonnes non importées : %{columns}",
    not_allowed: "L'import n'est pas ouvert à votre compte.",
    errors: { format: "Le fichier doit être au format CSV ou XLSX." },
    status: {
      awaiting_file: "En attente du fichier", validating: "Vérification en cours", validated: "Vérifié",
      committing: "Import en cours", committed: "Importé", failed: "Échec",
    },
    outcome: {
      valid: "Valides", invalid: "Invalides", duplicate: "Doublons", probable_duplicate: "Doublons probables", created: "Créées", skipped: "Écartées",
    },
    counts: {
      rows: "Lignes", valid: "Valides", invalid: "Invalides", duplicates: "Doublons", probableDuplicates: "Doublons probables", created: "Créées", skipped: "Écartées",
    },
  },
};
