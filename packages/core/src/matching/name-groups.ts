import { spellingKey } from "./normalize.js";

/**
 * Names that are the same name however written (one line each: Latin
 * spellings | Arabic forms), and — just as important — names that look alike
 * but are different names: Hassan ≠ Houssine, Said ≠ Saad, Ahmed ≠ Hamid,
 * Mohamed ≠ Mahmoud share a consonant skeleton, so only a list tells them apart.
 * Spellings the normaliser already joins (Mohammed ~ Mohamed) need not be listed.
 * A name missing here is still matched, by its skeleton and spelling.
 */
const GROUPS = `
Mohamed|Mhammed|Mohand|محمد|امحمد
Mahmoud|محمود
Ahmed|Hmad|Ahmad|أحمد|احمد
Hamid|حميد
Hamada|Hmida|حمادة
Mehdi|Mahdi|المهدي|مهدي
Hassan|Hassane|Hasan|حسن|الحسن
Houssine|Hussein|Houcine|Lhoussine|Lhoucine|Hossein|حسين|الحسين
Lahcen|Lahsen|لحسن
Said|Saïd|Saaid|سعيد
Saad|Saâd|سعد
Saida|Saïda|سعيدة
Souad|Suad|سعاد
Youssef|Youssouf|Yousef|Yusuf|يوسف
Omar|Omer|Umar|عمر
Amr|Amrou|عمرو
Hamza|حمزة
Rachid|Rachide|Rashid|رشيد
Rachida|Rashida|رشيدة
Abdellah|Abdallah|Abdullah|Abdellah|عبد الله|عبدالله
Mustapha|Moustafa|Mostafa|Mustafa|مصطفى
Hicham|Hisham|هشام
Karim|Kareem|كريم
Karima|كريمة
Khalid|Khaled|خالد
Brahim|Ibrahim|Ibrahime|إبراهيم|ابراهيم|براهيم
Anas|أنس
Ayoub|Ayyoub|Ayub|أيوب
Driss|Idriss|Idris|إدريس|ادريس
Abdelkader|Abdelkadir|Abdelkader|Kader|عبد القادر
Noureddine|Nourdine|Nour Eddine|Nour-Eddine|نور الدين
Aziz|Abdelaziz|عزيز|عبد العزيز
Jamal|Jamaal|Djamel|جمال
Jamila|Djamila|جميلة
Adil|Adel|عادل
Younes|Younous|Yunus|يونس
Ismail|Smail|Ismaïl|إسماعيل|اسماعيل
Othmane|Otmane|Osman|Othman|عثمان
Zakaria|Zakariae|Zakariya|زكرياء|زكريا
Badr|Badre|بدر
Tarik|Tariq|Tarek|طارق
Mbark|Mbarek|Embarek|Mubarak|Moubarak|امبارك|مبارك
Ali|Aly|علي
Amine|Lamine|Amin|أمين|الأمين
Fatima|Fatma|Fatima Zahra|فاطمة
Fatiha|Fatihah|فتيحة
Khadija|Khadidja|Khadouj|خديجة
Aicha|Aïcha|Aisha|Ayesha|عائشة|عيشة
Zineb|Zaynab|Zeinab|Zainab|زينب
Meryem|Maryam|Mariam|Meriem|مريم
Salma|Selma|سلمى
Salima|سليمة
Hanane|Hanan|حنان
Naima|Naïma|نعيمة
Latifa|لطيفة
Malika|مليكة
Samira|سميرة
Nadia|نادية
Hafsa|حفصة
Imane|Imene|Iman|إيمان|ايمان
Soukaina|Soukayna|Sukaina|سكينة
Houda|Hoda|هدى
Asmae|Asmaa|Asma|أسماء|اسماء
Loubna|Lubna|لبنى
Ghizlane|Ghizlaine|Rhizlane|غزلان
Amina|Aminah|أمينة|امينة
Hajar|Hajjar|هاجر
Kawtar|Kaoutar|Kawthar|كوثر
Siham|سهام
Btissam|Ibtissam|Ibtisam|ابتسام|بتسام
Ilham|إلهام|الهام
Wafae|Wafaa|Wafa|وفاء
Yasmine|Yasmina|Yassmine|ياسمين
Itto|Ittou|إطو|ايطو
Fadma|فاضمة|فظمة
Rkia|Rekia|Rokia|Ruqaya|رقية
Zahra|Zohra|Zahrae|Zohra|زهرة|الزهراء
Mina|مينة
Alaoui|العلوي|علوي
Ali|علي
Ouali|Wali|والي|الوالي
Amrani|El Amrani|العمراني
Mernissi|المرنيسي
Mansouri|المنصوري
Benali|Ben Ali|بنعلي|بن علي
Bennani|بناني|بنّاني
Idrissi|الإدريسي|الادريسي
Tazi|التازي
Berrada|برادة
Fassi|الفاسي
Chraibi|الشرايبي
Ouazzani|Wazzani|الوزاني
Benjelloun|بنجلون
Lahlou|لحلو
Kettani|الكتاني
Sqalli|Skalli|الصقلي
Bouzidi|البوزيدي
Khatib|الخطيب
Amziane|أمزيان|امزيان
Boukhris|بوخريص|بوخريس
Naciri|Nassiri|الناصري
Zerouali|الزروالي
Hachimi|الهاشمي
Bakkali|البقالي
Ouchen|أوشن|اوشن
Belhaj|Belhadj|بلحاج
Rifi|الريفي
Haddaoui|الحداوي
Zemmouri|الزموري
Ouardi|الوردي
Jebli|Jabli|الجبلي
Soussi|السوسي
Akhnouch|أخنوش|اخنوش
Filali|الفيلالي
Bouazza|بوعزة
Laaroussi|Larroussi|العروسي
Oubella|أوبلا|اوبلا
Harrak|الحراك
Hassani|El Hassani|الحسني
Houssaini|Hosseini|Houssaini|الحسيني
`;

/** Built on the first lookup, not at import: the API's cold start needs it only when it compares names. */
let groupOfKey: Map<string, number> | undefined;
const groups = () => {
  if (groupOfKey) return groupOfKey;
  const built = new Map<string, number>();
  GROUPS.trim()
    .split("\n")
    .forEach((line, group) => {
      for (const spelling of line.split("|"))
        if (!built.has(spellingKey(spelling))) built.set(spellingKey(spelling), group);
    });
  groupOfKey = built;
  return built;
};

/** Which name of the list this is (a number), or undefined when the list does not know it. */
export const nameGroup = (text: string): number | undefined => groups().get(spellingKey(text));
