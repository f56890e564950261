import { aidKinds } from "@entraide/core/aid-distribution";
import { categories, disabilityTypes } from "@entraide/core/beneficiary";
import { centerTypes } from "@entraide/core/center";
import { sectors } from "@entraide/core/cooperative";
import { services } from "@entraide/core/enrollment";
import { exhibitionScopes } from "@entraide/core/exhibition";
import {
  breakdownLabels,
  bucketLabel,
  enumLabels,
  indicatorLabels,
  type Label,
  provinceLabels,
  regionLabels,
} from "@entraide/core/glossary/labels";
import { grantStatuses } from "@entraide/core/grant";
import { breakdownKeys, indicatorKeys, zeroValues } from "@entraide/core/indicators/keys";
import { ageBands } from "@entraide/core/indicators/period";
import { RunStatus } from "@entraide/core/indicators/runs";
import type { Snapshot } from "@entraide/core/indicators/snapshots";
import { provinces, regions } from "@entraide/core/territory";
import { alertKinds, alertStatuses } from "@entraide/core/vigilance-alert";
import { describe, expect, it } from "vitest";
import { bilanCsv, parseBilanCsv } from "../../packages/functions/src/jobs/exports/csv.js";
import { bilanXlsx } from "../../packages/functions/src/jobs/exports/xlsx.js";
import { expectComplete } from "../support/labels.js";
import { parseBilanXlsx } from "../support/xlsx.js";

describe("the glossary", () => {
  it("names every value of the domain's lists in Arabic and French, and no value it does not know", () => {
    const lists: Record<string, readonly string[]> = {
      centerType: centerTypes,
      category: categories,
      disabilityType: disabilityTypes,
      service: services,
      sector: sectors,
      exhibitionScope: exhibitionScopes,
      aidKind: aidKinds,
      grantStatus: grantStatuses,
      alertKind: alertKinds,
      alertStatus: alertStatuses,
      ageBand: ageBands,
      runStatus: RunStatus.options,
    };
    for (const [list, values] of Object.entries(lists)) {
      expect(Object.keys(enumLabels[list as keyof typeof enumLabels]), list).toEqual([...values]);
    }
    for (const [list, labels] of Object.entries(enumLabels)) {
      for (const [value, label] of Object.entries(labels)) expectComplete(label as Label, `${list}.${value}`);
    }
  });

  it("names the 16 figures and every breakdown", () => {
    expect(indicatorKeys).toHaveLength(16);
    for (const key of indicatorKeys) expectComplete(indicatorLabels[key], key);
    for (const key of breakdownKeys) expectComplete(breakdownLabels[key], key);
  });

  it("takes the names of the 12 regions and 75 prefectures and provinces from the territories", () => {
    expect(Object.keys(regionLabels)).toHaveLength(12);
    expect(Object.keys(provinceLabels)).toHaveLength(75);
    for (const r of regions) expect(regionLabels[r.code]).toEqual({ fr: r.nameFr, ar: r.nameAr });
    for (const p of provinces) expect(provinceLabels[p.code]).toEqual({ fr: p.nameFr, ar: p.nameAr });
    expect(regionLabels["MA-11"]?.fr).toBe("Laâyoune-Sakia El Hamra");
  });

  it("uses one word for one thing: social care institutions, active", () => {
    expect(enumLabels.centerType.social_protection.ar).toBe("الرعاية الاجتماعية");
    expect(indicatorLabels["socialCare.institutionsSupported"].ar).toContain("الرعاية الاجتماعية");
    const every = [...Object.values(indicatorLabels), ...Object.values(breakdownLabels)].map((l) => l.ar).join(" ");
    expect(every).not.toContain("النشيطة");
    expect(every).not.toContain("الحماية الاجتماعية");
  });
});

describe("the exports take their words from the glossary", () => {
  // Every bucket of every breakdown: each one's label must be the glossary's, never its code.
  const breakdowns = Object.fromEntries(
    breakdownKeys.map((key) => {
      const list = breakdownLabels[key].buckets;
      const buckets = list === "region" ? Object.keys(regionLabels) : Object.keys(enumLabels[list]);
      return [key, Object.fromEntries(buckets.map((b, i) => [b, i + 1]))];
    }),
  ) as Snapshot["breakdowns"];
  const snapshot: Snapshot = {
    year: 2015,
    id: "2015-x",
    runKey: "x",
    computedAt: "2016-01-05T04:00:00.000Z",
    frozen: false,
    exports: [],
    values: zeroValues(),
    breakdowns,
    sourceCounts: {},
    missingSources: [],
  };

  it.each([
    ["CSV", async () => parseBilanCsv(bilanCsv(snapshot))],
    ["XLSX", async () => parseBilanXlsx(await bilanXlsx(snapshot))],
  ])("%s: figures and buckets labelled as the glossary labels them, alert kinds included", async (_format, read) => {
    const rows = await read();
    for (const row of rows) {
      if (!row.bucket) {
        const label = indicatorLabels[row.key as keyof typeof indicatorLabels];
        expect(row).toMatchObject({ labelFr: label.fr, labelAr: label.ar });
        continue;
      }
      const key = row.key as keyof typeof breakdownLabels;
      const label = bucketLabel(key, row.bucket);
      expect(label.ar, `${key} ${row.bucket}`).not.toBe(row.bucket);
      expect(row.labelAr).toBe(`${breakdownLabels[key].ar} — ${label.ar}`);
      expect(row.labelFr).toBe(`${breakdownLabels[key].fr} — ${label.fr}`);
    }
    expect(rows.find((r) => r.key === "vigilanceAlerts.byKind" && r.bucket === "cold_wave")?.labelAr).toContain(
      "موجة البرد",
    );
  });
});
