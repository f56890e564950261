/**
 * The API's error messages in its three languages. English is what the code
 * says; `{name}` stands for a value taken from the English message (a record
 * kind among `errorNouns` is translated too). One entry per message: a
 * message the code produces that is missing here is reported by the tests.
 */
export const languages = ["en", "fr", "ar"] as const;
export type Language = (typeof languages)[number];

type Entry = [en: string, fr: string, ar: string];

/** Kinds of records as messages name them. */
export const errorNouns: Record<string, { fr: string; ar: string }> = {
  center: { fr: "centre", ar: "مركز" },
  beneficiary: { fr: "bénéficiaire", ar: "مستفيد" },
  enrollment: { fr: "inscription", ar: "تسجيل" },
  cooperative: { fr: "coopérative", ar: "تعاونية" },
  "marketplace space": { fr: "espace de commercialisation", ar: "فضاء تسويق" },
  exhibition: { fr: "exposition", ar: "معرض" },
  participation: { fr: "participation", ar: "مشاركة" },
  "aid distribution": { fr: "distribution d'aide", ar: "توزيع مساعدة" },
  grant: { fr: "subvention", ar: "منحة" },
  "program support": { fr: "soutien du programme", ar: "دعم البرنامج" },
  "vigilance cell": { fr: "cellule de veille", ar: "خلية يقظة" },
  alert: { fr: "alerte", ar: "تنبيه" },
  hosting: { fr: "hébergement", ar: "استضافة" },
  "API key": { fr: "clé d'API", ar: "مفتاح واجهة برمجية" },
  "bilan for year": { fr: "bilan de l'année", ar: "حصيلة السنة" },
  export: { fr: "export", ar: "ملف تصدير" },
  run: { fr: "calcul", ar: "عملية حساب" },
  record: { fr: "enregistrement", ar: "سجل" },
  body: { fr: "corps", ar: "متن الطلب" },
  query: { fr: "requête", ar: "استعلام" },
  path: { fr: "chemin", ar: "مسار" },
  headers: { fr: "en-têtes", ar: "ترويسات" },
  request: { fr: "requête", ar: "طلب" },
};

export const errorMessages: Entry[] = [
  // Requests and access
  ["The {where} is not valid", "{where} : invalide", "{where} غير صالح"],
  ["The request is not valid", "La requête n'est pas valide", "الطلب غير صالح"],
  ["Unknown field", "Champ inconnu", "حقل غير معروف"],
  ["Required", "Obligatoire", "مطلوب"],
  ["Bad request", "Requête incorrecte", "طلب غير صحيح"],
  ["Malformed JSON in request body", "JSON mal formé dans le corps de la requête", "صيغة JSON غير سليمة في متن الطلب"],
  ["No route {method} {path}", "Aucune route {method} {path}", "لا يوجد مسار {method} {path}"],
  [
    "{path} answers {allowed}, not {method}",
    "{path} répond à {allowed}, pas à {method}",
    "{path} يقبل {allowed} وليس {method}",
  ],
  ["The body is larger than 256 KB", "Le corps dépasse 256 Ko", "متن الطلب أكبر من 256 كيلوبايت"],
  ["Send the body as {types}", "Envoyez le corps en {types}", "أرسل متن الطلب بصيغة {types}"],
  ["Expected {types}", "{types} attendu", "المتوقع {types}"],
  [
    "Sign in: send Authorization: Bearer <token>, or X-Api-Key: <key> for partner apps",
    "Connectez-vous : envoyez Authorization: Bearer <jeton>, ou X-Api-Key: <clé> pour les applications partenaires",
    "سجّل الدخول: أرسل Authorization: Bearer <رمز>، أو X-Api-Key: <مفتاح> لتطبيقات الشركاء",
  ],
  [
    "Wrong username or password",
    "Nom d'utilisateur ou mot de passe incorrect",
    "اسم المستخدم أو كلمة المرور غير صحيحة",
  ],
  [
    "Too many sign-in attempts; retry in {seconds} s",
    "Trop de tentatives de connexion ; réessayez dans {seconds} s",
    "محاولات دخول كثيرة جدا؛ أعد المحاولة بعد {seconds} ثانية",
  ],
  [
    "This route declares no permission, so it is closed",
    "Cette route ne déclare aucune permission : elle est fermée",
    "هذا المسار لا يصرّح بأي صلاحية، لذا فهو مغلق",
  ],
  ["This route has no territory rule", "Cette route n'a pas de règle territoriale", "هذا المسار ليست له قاعدة ترابية"],
  [
    "This needs the {scope} right, which you don't have",
    "Il faut le droit {scope}, que vous n'avez pas",
    "يتطلب هذا صلاحية {scope} التي لا تملكها",
  ],
  [
    "These records are not tied to regions: they need access to every region",
    "Ces enregistrements ne relèvent pas d'une région : il faut l'accès à toutes les régions",
    "هذه السجلات غير مرتبطة بجهة: يلزم الوصول إلى كل الجهات",
  ],
  [
    "This {label} would lie outside your regions",
    "Ce {label} serait hors de vos régions",
    "هذا الـ{label} سيقع خارج جهاتك",
  ],
  ["Outside your regions", "Hors de vos régions", "خارج جهاتك"],
  [
    "Too many requests for this API key; retry in {seconds} s",
    "Trop de requêtes pour cette clé d'API ; réessayez dans {seconds} s",
    "طلبات كثيرة جدا لهذا المفتاح؛ أعد المحاولة بعد {seconds} ثانية",
  ],
  [
    "Something went wrong on our side; the request was not applied",
    "Une erreur est survenue de notre côté ; la requête n'a pas été appliquée",
    "حدث خطأ من جهتنا؛ لم يُنفَّذ الطلب",
  ],
  ["The table is not ready", "La table n'est pas prête", "الجدول غير جاهز"],
  [
    "Idempotency-Key must be 1–128 letters, digits or _ . : -",
    "Idempotency-Key doit compter 1 à 128 lettres, chiffres ou _ . : -",
    "يجب أن يتكون Idempotency-Key من 1 إلى 128 حرفا أو رقما أو _ . : -",
  ],
  [
    "A request with this Idempotency-Key is still being processed; retry in a moment",
    "Une requête avec cette Idempotency-Key est encore en cours ; réessayez dans un instant",
    "طلب بهذا Idempotency-Key ما زال قيد المعالجة؛ أعد المحاولة بعد لحظة",
  ],
  [
    "This Idempotency-Key was used for another request: use a new key for a new request",
    "Cette Idempotency-Key a servi pour une autre requête : utilisez une nouvelle clé",
    "استُعمل هذا Idempotency-Key لطلب آخر: استعمل مفتاحا جديدا لطلب جديد",
  ],
  ["Already used with another body", "Déjà utilisée avec un autre corps", "استُعمل سابقا مع متن آخر"],
  // Versions
  [
    "Send If-Match with the record's version (from its ETag or version field)",
    "Envoyez If-Match avec la version de l'enregistrement (son ETag ou son champ version)",
    "أرسل If-Match بنسخة السجل (من ETag أو الحقل version)",
  ],
  [
    "If-Match must be the record's version",
    "If-Match doit être la version de l'enregistrement",
    "يجب أن يكون If-Match نسخة السجل",
  ],
  ["Expected a version number, e.g. 3", "Numéro de version attendu, par ex. 3", "المتوقع رقم نسخة، مثلا 3"],
  [
    "The {label} is at version {actual}, not {expected}: someone changed it; reload it and retry",
    "Le {label} est à la version {actual}, pas {expected} : quelqu'un l'a modifié ; rechargez-le et réessayez",
    "الـ{label} في النسخة {actual} وليس {expected}: غيّره شخص آخر؛ أعد تحميله وحاول مجددا",
  ],
  [
    "The {label} was changed by someone else; reload it and retry",
    "Le {label} a été modifié par quelqu'un d'autre ; rechargez-le et réessayez",
    "غيّر شخص آخر الـ{label}؛ أعد تحميله وحاول مجددا",
  ],
  [
    "The {label} changed or became referenced meanwhile; reload it and retry",
    "Le {label} a changé ou est devenu référencé entre-temps ; rechargez-le et réessayez",
    "تغيّر الـ{label} أو صار مرجعا في الأثناء؛ أعد تحميله وحاول مجددا",
  ],
  [
    "The {label} was changed or deleted meanwhile; reload it and retry",
    "Le {label} a été modifié ou supprimé entre-temps ; rechargez-le et réessayez",
    "تغيّر الـ{label} أو حُذف في الأثناء؛ أعد تحميله وحاول مجددا",
  ],
  [
    "Another request changed this record at the same moment; retry",
    "Une autre requête a modifié cet enregistrement au même moment ; réessayez",
    "غيّر طلب آخر هذا السجل في اللحظة نفسها؛ أعد المحاولة",
  ],
  [
    "Another request changed these records at the same moment; retry",
    "Une autre requête a modifié ces enregistrements au même moment ; réessayez",
    "غيّر طلب آخر هذه السجلات في اللحظة نفسها؛ أعد المحاولة",
  ],
  [
    "Another request changed this hosting at the same moment; retry",
    "Une autre requête a modifié cet hébergement au même moment ; réessayez",
    "غيّر طلب آخر هذه الاستضافة في اللحظة نفسها؛ أعد المحاولة",
  ],
  // Records
  ["No {label} with id {id}", "Aucun {label} avec l'id {id}", "لا يوجد {label} بالمعرّف {id}"],
  [
    "No bilan for {year} yet: it is computed nightly, or now with POST /api/v1/indicators/{year}/runs",
    "Pas encore de bilan pour {year} : il est calculé chaque nuit, ou tout de suite avec POST /api/v1/indicators/{year}/runs",
    "لا توجد حصيلة لسنة {year} بعد: تُحسب كل ليلة، أو الآن عبر POST /api/v1/indicators/{year}/runs",
  ],
  [
    "No {label} with id {id} {condition}",
    "Aucun {label} avec l'id {id} {condition}",
    "لا يوجد {label} بالمعرّف {id} {condition}",
  ],
  ["A {label} with id {id} already exists", "Un {label} avec l'id {id} existe déjà", "يوجد {label} بالمعرّف {id} مسبقا"],
  [
    "This {label} is still referenced by {count} records; remove or end those first",
    "Ce {label} est encore référencé par {count} enregistrements ; supprimez-les ou clôturez-les d'abord",
    "هذا الـ{label} ما زال مرجعا لـ{count} سجلات؛ احذفها أو أنهها أولا",
  ],
  [
    "This {label} is still referenced by {count} record; remove or end those first",
    "Ce {label} est encore référencé par {count} enregistrement ; supprimez-le ou clôturez-le d'abord",
    "هذا الـ{label} ما زال مرجعا لـ{count} سجل؛ احذفه أو أنهه أولا",
  ],
  [
    "Unknown cursor: use the nextCursor of the same list",
    "Curseur inconnu : utilisez le nextCursor de la même liste",
    "مؤشر غير معروف: استعمل nextCursor للقائمة نفسها",
  ],
  ["Give entity, entityId or actor", "Indiquez entity, entityId ou actor", "حدّد entity أو entityId أو actor"],
  ["Say whose audit events to list", "Précisez de qui lister le journal d'audit", "حدّد أحداث التدقيق المطلوب عرضها"],
  // Field rules
  [
    "Expected an id (26 characters, as returned on create)",
    "Id attendu (26 caractères, tel que renvoyé à la création)",
    "المتوقع معرّف (26 حرفا، كما يُعاد عند الإنشاء)",
  ],
  ["Expected a date YYYY-MM-DD", "Date attendue AAAA-MM-JJ", "المتوقع تاريخ بصيغة YYYY-MM-DD"],
  [
    "Expected a date-time, e.g. 2026-12-31T23:59:59Z",
    "Date et heure attendues, par ex. 2026-12-31T23:59:59Z",
    "المتوقع تاريخ ووقت، مثلا 2026-12-31T23:59:59Z",
  ],
  ["Expected a number", "Nombre attendu", "المتوقع عدد"],
  ["Expected a year", "Année attendue", "المتوقع سنة"],
  ["Expected a run id", "Id de calcul attendu", "المتوقع معرّف عملية حساب"],
  [
    "Expected a kind of record, e.g. BENEFICIARY",
    "Type d'enregistrement attendu, par ex. BENEFICIARY",
    "المتوقع نوع سجل، مثلا BENEFICIARY",
  ],
  [
    "Expected an export id, e.g. bilan-2015-closing.csv",
    "Id d'export attendu, par ex. bilan-2015-closing.csv",
    "المتوقع معرّف ملف تصدير، مثلا bilan-2015-closing.csv",
  ],
  ["Expected e.g. a UUID", "Par ex. un UUID attendu", "المتوقع مثلا UUID"],
  ["Expected a region code MA-01 … MA-12", "Code de région attendu MA-01 … MA-12", "المتوقع رمز جهة MA-01 … MA-12"],
  [
    "Unknown province or prefecture code (ISO 3166-2, e.g. MA-CAS)",
    "Code de province ou préfecture inconnu (ISO 3166-2, par ex. MA-CAS)",
    "رمز إقليم أو عمالة غير معروف (ISO 3166-2، مثلا MA-CAS)",
  ],
  [
    "{province} lies in region {actual}, not {expected}",
    "{province} se trouve dans la région {actual}, pas {expected}",
    "{province} تقع في الجهة {actual} وليس {expected}",
  ],
  [
    "Expected a CIN: 1–2 capital letters then 1–6 digits",
    "CIN attendue : 1 à 2 majuscules puis 1 à 6 chiffres",
    "المتوقع رقم بطاقة وطنية: حرف أو حرفان كبيران ثم 1 إلى 6 أرقام",
  ],
  [
    "Expected a Moroccan phone number, e.g. 0612345678 or +212612345678",
    "Numéro de téléphone marocain attendu, par ex. 0612345678 ou +212612345678",
    "المتوقع رقم هاتف مغربي، مثلا 0612345678 أو +212612345678",
  ],
  ["Expected a scope such as centers:read", "Portée attendue, par ex. centers:read", "المتوقع نطاق مثل centers:read"],
  ["Unknown scope {scope}", "Portée inconnue {scope}", "نطاق غير معروف {scope}"],
  [
    "Consent is required (law 09-08)",
    "Le consentement est obligatoire (loi 09-08)",
    "الموافقة إلزامية (القانون 09-08)",
  ],
  ["At least {n}", "Au moins {n}", "على الأقل {n}"],
  ["At most {n}", "Au plus {n}", "على الأكثر {n}"],
  ["More than 0", "Plus que 0", "أكثر من 0"],
  ["At least one category", "Au moins une catégorie", "فئة واحدة على الأقل"],
  ["At least one scope", "Au moins une portée", "نطاق واحد على الأقل"],
  ["Each category once", "Chaque catégorie une seule fois", "كل فئة مرة واحدة"],
  ["Each region once", "Chaque région une seule fois", "كل جهة مرة واحدة"],
  ["Each scope once", "Chaque portée une seule fois", "كل نطاق مرة واحدة"],
  ["At most 100 items a page", "Au plus 100 éléments par page", "100 عنصر على الأكثر في الصفحة"],
  ["At most 1,000,000,000,000 MAD", "Au plus 1 000 000 000 000 MAD", "1٬000٬000٬000٬000 درهم على الأكثر"],
  ["At most 1,000,000,000", "Au plus 1 000 000 000", "1٬000٬000٬000 على الأكثر"],
  ["At most 2 decimal places (centimes)", "Au plus 2 décimales (centimes)", "منزلتان عشريتان على الأكثر (السنتيمات)"],
  ["At most 3 decimal places", "Au plus 3 décimales", "3 منازل عشرية على الأكثر"],
  ["At most next year", "Au plus l'année prochaine", "السنة المقبلة على الأكثر"],
  ["Not before {year}", "Pas avant {year}", "ليس قبل {year}"],
  ["Entraide Nationale dates from 1957", "L'Entraide Nationale date de 1957", "أُنشئ التعاون الوطني سنة 1957"],
  ["Latitude outside Morocco", "Latitude hors du Maroc", "خط العرض خارج المغرب"],
  ["Longitude outside Morocco", "Longitude hors du Maroc", "خط الطول خارج المغرب"],
  [
    "Required when categories include disability",
    "Obligatoire quand les catégories comprennent le handicap",
    "مطلوب عندما تشمل الفئات الإعاقة",
  ],
  [
    "Only allowed when categories include disability",
    "Permis seulement quand les catégories comprennent le handicap",
    "مسموح فقط عندما تشمل الفئات الإعاقة",
  ],
  ["Required when status is referred", "Obligatoire quand le statut est « orienté »", "مطلوب عندما تكون الحالة «موجَّه»"],
  ["birthDate is in the future", "birthDate est dans le futur", "birthDate في المستقبل"],
  ["foundedOn is in the future", "foundedOn est dans le futur", "foundedOn في المستقبل"],
  ["expiresAt is in the past", "expiresAt est dans le passé", "expiresAt في الماضي"],
  ["to is before from", "to est avant from", "to قبل from"],
  ["closedOn is before openedOn", "closedOn est avant openedOn", "closedOn قبل openedOn"],
  ["{later} is before {earlier}", "{later} est avant {earlier}", "{later} قبل {earlier}"],
  // Registries' own rules
  [
    "A beneficiary with this national ID exists already",
    "Un bénéficiaire avec cette CIN existe déjà",
    "يوجد مستفيد بهذا الرقم الوطني مسبقا",
  ],
  [
    "This cooperative takes part in this exhibition already",
    "Cette coopérative participe déjà à cette exposition",
    "هذه التعاونية مشاركة في هذا المعرض مسبقا",
  ],
  [
    "This province has an active vigilance cell already",
    "Cette province a déjà une cellule de veille active",
    "لهذا الإقليم خلية يقظة نشيطة مسبقا",
  ],
  [
    "This center has a minors-protection support for {year} already",
    "Ce centre a déjà un soutien de protection des mineurs pour {year}",
    "لهذا المركز دعم لحماية القاصرين برسم {year} مسبقا",
  ],
  ["An alert with this id exists already", "Une alerte avec cet id existe déjà", "يوجد تنبيه بهذا المعرّف مسبقا"],
  [
    "This cooperative is already hosted here",
    "Cette coopérative est déjà hébergée ici",
    "هذه التعاونية مستضافة هنا مسبقا",
  ],
  ["Already hosted by this space", "Déjà hébergée par cet espace", "مستضافة في هذا الفضاء مسبقا"],
  ["This marketplace space is closed", "Cet espace de commercialisation est fermé", "فضاء التسويق هذا مغلق"],
  [
    "All {n} stalls of this space are taken",
    "Les {n} stands de cet espace sont occupés",
    "كل أجنحة هذا الفضاء ({n}) مشغولة",
  ],
  [
    "{n} cooperatives are hosted now: end some hostings before reducing stalls",
    "{n} coopératives sont hébergées : mettez fin à des hébergements avant de réduire les stands",
    "{n} تعاونيات مستضافة حاليا: أنهِ بعض الاستضافات قبل تقليص الأجنحة",
  ],
  ["At least {n} (stalls taken now)", "Au moins {n} (stands occupés)", "على الأقل {n} (أجنحة مشغولة حاليا)"],
  ["This hosting ended on {date}", "Cet hébergement a pris fin le {date}", "انتهت هذه الاستضافة في {date}"],
  ["Duplicate hosting id", "Id d'hébergement en double", "معرّف استضافة مكرر"],
  [
    "The hosting was changed by someone else; reload it and retry",
    "L'hébergement a été modifié par quelqu'un d'autre ; rechargez-le et réessayez",
    "غيّر شخص آخر الاستضافة؛ أعد تحميلها وحاول مجددا",
  ],
  [
    "The key was revoked or deleted meanwhile",
    "La clé a été révoquée ou supprimée entre-temps",
    "أُلغي المفتاح أو حُذف في الأثناء",
  ],
  [
    "Two keys got the same id; retry",
    "Deux clés ont reçu le même id ; réessayez",
    "حصل مفتاحان على المعرّف نفسه؛ أعد المحاولة",
  ],
  [
    "Two runs got the same id; retry",
    "Deux calculs ont reçu le même id ; réessayez",
    "حصلت عمليتا حساب على المعرّف نفسه؛ أعد المحاولة",
  ],
  [
    "Two audit events got the same id; retry",
    "Deux événements d'audit ont reçu le même id ; réessayez",
    "حصل حدثا تدقيق على المعرّف نفسه؛ أعد المحاولة",
  ],
  [
    "The bilan of {year} is closed (frozen on its closing run): it is not computed again",
    "Le bilan de {year} est clos (figé par son calcul de clôture) : il n'est plus recalculé",
    "حصيلة {year} مقفلة (جُمّدت عند حساب الإقفال): لا يعاد حسابها",
  ],
  ["The year is closed", "L'année est close", "السنة مقفلة"],
  [
    "This beneficiary holds {count} grant(s): keep the disability category, or remove the grants first",
    "Ce bénéficiaire a {count} subvention(s) : gardez la catégorie handicap, ou supprimez d'abord les subventions",
    "لهذا المستفيد {count} منحة: احتفظ بفئة الإعاقة أو احذف المنح أولا",
  ],
  [
    "This center has {count} program support(s): keep the social_protection type, or remove the supports first",
    "Ce centre a {count} soutien(s) du programme : gardez le type social_protection, ou supprimez d'abord les soutiens",
    "لهذا المركز {count} دعم للبرنامج: احتفظ بنوع social_protection أو احذف الدعم أولا",
  ],

  // What a referenced record must be (conditions checked in the same transaction)
  [
    "in the disability category (FACS grants go to people with disabilities)",
    "de la catégorie handicap (les subventions du FACS vont aux personnes en situation de handicap)",
    "ضمن فئة الإعاقة (منح صندوق دعم التماسك الاجتماعي موجهة للأشخاص في وضعية إعاقة)",
  ],
  [
    "of type social_protection (the minors-protection program supports social-protection institutions)",
    "de type social_protection (le programme de protection des mineurs soutient les établissements de protection sociale)",
    "من نوع social_protection (برنامج حماية القاصرين يدعم مؤسسات الحماية الاجتماعية)",
  ],
  [
    "without participants, or with the same start date",
    "sans participants, ou avec la même date de début",
    "دون مشاركين، أو بتاريخ البدء نفسه",
  ],
  ["with an unchanged start date", "avec une date de début inchangée", "بتاريخ بدء غير متغير"],

  [
    "The exhibition has participants, whose records carry its start date: remove them before moving it",
    "L'exposition a des participants, dont les fiches portent sa date de début : retirez-les avant de la déplacer",
    "للمعرض مشاركون تحمل سجلاتهم تاريخ بدئه: أزلهم قبل تغيير التاريخ",
  ],
];
