/**
 * Entraide's own words in Arabic: fixed lists, messages. The registries' names and
 * fields are their definitions' words (packages/core/src/glossary/registries), one module per registry.
 */
import { bilanMessages } from "@entraide/core/glossary/bilan";
import { enumMessages } from "@entraide/core/glossary/labels";
import { registryMessages } from "@entraide/core/glossary/registries";

import { importsMessages, importsResource } from "./imports";
import { duplicatesMessages } from "./matching";

export default {
  resources: { imports: importsResource.ar, ...registryMessages("ar") },
  entraide: {
    duplicates: duplicatesMessages("ar"),
    imports: importsMessages.ar,
    title: "التعاون الوطني",
    languages: { ar: "العربية", fr: "Français" },
    enums: enumMessages("ar"),
    bilan: bilanMessages("ar"),
    errors: {
      stale_version: "عدّل شخص آخر هذا السجل في الأثناء. أعد تحميل الصفحة ثم أعد المحاولة.",
      network: "تعذّر الاتصال بالخادم. تحقق من الشبكة ثم أعد المحاولة.",
      server: "حدث خطأ لدى الخادم ولم يُطبَّق الطلب.",
    },
    beneficiary: { full_name: "الاسم الكامل", enrollments: "تسجيلات هذا المستفيد", enroll: "تسجيل في مركز" },
    hosts: {
      title: "التعاونيات المستضافة",
      occupancy: "%{taken} من %{stalls} أروقة مشغولة",
      cooperative: "التعاونية",
      from: "من",
      to: "إلى",
      current: "مستضافة حاليًا",
      none: "لا توجد تعاونية مستضافة.",
      add: "استضافة تعاونية",
      end: "إنهاء الاستضافة",
      end_on: "تاريخ نهاية الاستضافة",
      added: "استُضيفت التعاونية",
      ended: "انتهت الاستضافة",
    },
    participants: {
      title: "التعاونيات المشاركة",
      cooperative: "التعاونية",
      sales: "المبيعات (درهم)",
      none: "لا توجد تعاونية مشاركة.",
      add: "إضافة تعاونية",
      remove: "سحب",
      added: "أضيفت التعاونية",
      removed: "سُحبت المشاركة",
    },
    alerts: {
      title: "الإشعارات",
      date: "التاريخ",
      kind: "النوع",
      description: "الوصف",
      status: "التتبع",
      referredCenterId: "مركز التوجيه",
      none: "لا توجد إشعارات.",
      add: "تسجيل الإشعار",
      added: "سُجّل الإشعار",
    },
    dashboard: {
      title: "حصيلة سنة %{year}",
      from_indicators: "المؤشرات السنوية، محسوبة في %{date}",
      from_counts: "محسوبة مباشرة من السجلات (إلى أن تتوفر المؤشرات السنوية)",
      capped: "أكثر من %{count}",
      loading_chart: "جارٍ تحميل الرسم البياني…",
      figures: {
        centers: "المراكز",
        centers_active: "المراكز النشطة",
        beneficiaries: "المستفيدون",
        enrollments: "التسجيلات",
        cooperatives: "التعاونيات",
        marketplace_spaces: "فضاءات التسويق",
        capacity: "الطاقة الاستيعابية",
      },
      charts: { centers_by_type: "المراكز حسب النوع", cooperatives_by_sector: "التعاونيات حسب القطاع", count: "العدد" },
    },
  },
};
