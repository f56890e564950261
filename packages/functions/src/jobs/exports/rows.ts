import { breakdownLabels, bucketLabel, indicatorLabels } from "@entraide/core/glossary/labels";
import { breakdownKeys, indicatorKeys } from "@entraide/core/indicators/keys";
import type { Snapshot } from "@entraide/core/indicators/snapshots";

/** One line of an export: a figure, or one bucket of a breakdown (then `bucket` is set). */
export interface ExportRow {
  key: string;
  bucket: string;
  labelFr: string;
  labelAr: string;
  value: number;
}

export const columns = [
  { name: "key", fr: "Clé", ar: "المفتاح" },
  { name: "bucket", fr: "Catégorie", ar: "الفئة" },
  { name: "labelFr", fr: "Libellé", ar: "التسمية بالفرنسية" },
  { name: "labelAr", fr: "Libellé arabe", ar: "التسمية" },
  { name: "value", fr: "Valeur", ar: "القيمة" },
] as const;

export function indicatorRows(snapshot: Snapshot): ExportRow[] {
  return indicatorKeys.map((key) => ({
    key,
    bucket: "",
    labelFr: indicatorLabels[key].fr,
    labelAr: indicatorLabels[key].ar,
    value: snapshot.values[key],
  }));
}

export function breakdownRows(snapshot: Snapshot): ExportRow[] {
  return breakdownKeys.flatMap((key) =>
    Object.entries(snapshot.breakdowns[key] ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([bucket, value]) => {
        const label = bucketLabel(key, bucket);
        return {
          key,
          bucket,
          labelFr: `${breakdownLabels[key].fr} — ${label.fr}`,
          labelAr: `${breakdownLabels[key].ar} — ${label.ar}`,
          value,
        };
      }),
  );
}
