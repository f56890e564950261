import { bilanWords as words } from "@entraide/core/glossary/bilan";
import { breakdownLabels, bucketLabel, indicatorLabels } from "@entraide/core/glossary/labels";
import type { Label } from "@entraide/core/glossary/words";
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

/**
 * The columns of an export: the CSV's header row has their names (stable, for programs), the
 * workbook's header row their words, the console's (`entraide.bilan.*`) from the glossary.
 */
export const columns: ReadonlyArray<{ name: keyof ExportRow; label: Label }> = [
  { name: "key", label: words.key },
  { name: "bucket", label: words.bucket },
  { name: "labelFr", label: { fr: words.indicator.fr, ar: `${words.indicator.ar} ${words.in_french.ar}` } },
  { name: "labelAr", label: { fr: `${words.indicator.fr} ${words.in_arabic.fr}`, ar: words.indicator.ar } },
  { name: "value", label: words.value },
];

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
