/** Entraide's own words in Arabic: resources, fields, fixed lists, messages. */
import { bilanMessages } from "@entraide/core/glossary/bilan";
import { enumMessages } from "@entraide/core/glossary/labels";

import { importsMessages, importsResource } from "./imports";
import { duplicatesMessages } from "./matching";

const six = (zero: string, one: string, plural: string, few: string, many: string, hundred: string) =>
  [zero, one, plural, few, many, hundred].join(" |||| ");

const system = { id: "المعرّف", version: "الإصدار", createdAt: "تاريخ الإنشاء", updatedAt: "آخر تعديل" };
const territory = { regionCode: "الجهة", provinceCode: "العمالة أو الإقليم", areaType: "نوع الوسط" };

// react-admin asks for a resource's plural label with smart_count 2, the dual slot: it holds the plural label.
export default {
  resources: {
    imports: importsResource.ar,
    centers: {
      name: six("مراكز", "مركز", "المراكز", "مراكز", "مركزًا", "مركز"),
      fields: {
        ...system,
        ...territory,
        name: "الاسم",
        type: "نوع المركز",
        capacity: "الطاقة الاستيعابية",
        status: "الحالة",
        openedOn: "تاريخ الافتتاح",
        closedOn: "تاريخ الإغلاق",
        managedBy: "الجهة المسيّرة",
        location: { lat: "خط العرض", lng: "خط الطول" },
      },
    },
    beneficiaries: {
      name: six("مستفيدين", "مستفيد", "المستفيدون", "مستفيدين", "مستفيدًا", "مستفيد"),
      fields: {
        ...system,
        ...territory,
        nationalId: "رقم البطاقة الوطنية",
        firstName: "الاسم الشخصي",
        lastName: "الاسم العائلي",
        sex: "الجنس",
        birthDate: "تاريخ الازدياد",
        categories: "الفئات",
        disabilityType: "نوع الإعاقة",
        phone: "الهاتف",
        consentGiven: "موافقة المعني بالأمر (القانون 09-08)",
      },
    },
    enrollments: {
      name: six("تسجيلات", "تسجيل", "التسجيلات", "تسجيلات", "تسجيلًا", "تسجيل"),
      fields: {
        ...system,
        beneficiaryId: "المستفيد",
        centerId: "المركز",
        service: "الخدمة",
        startDate: "تاريخ البداية",
        endDate: "تاريخ النهاية",
      },
    },
    cooperatives: {
      name: six("تعاونيات", "تعاونية", "التعاونيات", "تعاونيات", "تعاونية", "تعاونية"),
      fields: {
        ...system,
        ...territory,
        name: "الاسم",
        kind: "الصفة",
        foundedOn: "تاريخ التأسيس",
        sector: "القطاع",
        members: "عدد الأعضاء",
        foundedByGraduates: "أسسها خريجو المراكز",
        originCenterId: "مركز التكوين الأصلي",
      },
    },
    "marketplace-spaces": {
      name: six("فضاءات", "فضاء تسويق تضامني", "فضاءات التسويق التضامني", "فضاءات", "فضاءً", "فضاء"),
      fields: {
        ...system,
        ...territory,
        name: "الاسم",
        openedOn: "تاريخ الافتتاح",
        stalls: "عدد الأروقة",
        status: "الحالة",
        hostsActive: "الأروقة المشغولة",
      },
    },
    exhibitions: {
      name: six("معارض", "معرض", "المعارض", "معارض", "معرضًا", "معرض"),
      fields: {
        ...system,
        ...territory,
        name: "الاسم",
        scope: "النطاق",
        startDate: "تاريخ البداية",
        endDate: "تاريخ النهاية",
        participantCount: "التعاونيات المشاركة",
        cooperativeId: "التعاونية",
        salesMad: "المبيعات (درهم)",
      },
    },
    "aid-distributions": {
      name: six("مساعدات", "مساعدة", "المساعدات الموزعة", "مساعدات", "مساعدةً", "مساعدة"),
      fields: {
        ...system,
        beneficiaryId: "المستفيد",
        kind: "نوع المساعدة",
        date: "التاريخ",
        description: "الوصف",
        quantity: "الكمية",
        valueMad: "القيمة (درهم)",
      },
    },
    grants: {
      name: six("منح", "منحة", "منح صندوق دعم التماسك الاجتماعي", "منح", "منحةً", "منحة"),
      fields: {
        ...system,
        beneficiaryId: "المستفيد",
        amountMad: "المبلغ (درهم)",
        awardedOn: "تاريخ المنح",
        activity: "النشاط المدر للدخل",
        status: "الحالة",
      },
    },
    "program-supports": {
      name: six("إعانات", "إعانة", "إعانات برنامج حماية القاصرين", "إعانات", "إعانةً", "إعانة"),
      fields: { ...system, centerId: "المؤسسة", year: "السنة", amountMad: "المبلغ (درهم)", note: "ملاحظة" },
    },
    "vigilance-cells": {
      name: six("خلايا", "خلية", "خلايا اليقظة الاجتماعية", "خلايا", "خليةً", "خلية"),
      fields: {
        ...system,
        ...territory,
        establishedOn: "تاريخ الإحداث",
        dissolvedOn: "تاريخ الحل",
        members: "عدد الأعضاء",
        active: "النشاط",
        referredCenterId: "مركز التوجيه",
      },
    },
  },
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
