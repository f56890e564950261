import { breakdownKeys, zeroValues } from "@entraide/core/indicators/keys";
import type { Snapshot } from "@entraide/core/indicators/snapshots";
import { describe, expect, it } from "vitest";
import { createI18nProvider, loadMessages } from "../../admin/src/i18n/i18nProvider.js";
import { bilanCsv, parseBilanCsv } from "../../packages/functions/src/jobs/exports/csv.js";
import { bilanXlsx } from "../../packages/functions/src/jobs/exports/xlsx.js";
import { openXlsx } from "../support/xlsx.js";

/** The exports name things with the console's words: both read them from packages/core/src/glossary. */
const fr = createI18nProvider("fr", await loadMessages("fr"));
const ar = createI18nProvider("ar", await loadMessages("ar"));
/** What the console shows for a message key, in French then Arabic, as the workbook writes both: "Valeur - القيمة". */
const both = (key: string) => `${fr.translate(key)} - ${ar.translate(key)}`;
const sheetAt = (workbook: Awaited<ReturnType<typeof openXlsx>>, index: number) =>
  workbook.worksheets[index] ?? expect.fail(`the workbook has no sheet ${index + 1}`);

const snapshot: Snapshot = {
  year: 2024,
  id: "2024-closing",
  runKey: "closing",
  computedAt: "2025-01-05T04:00:00.000Z",
  frozen: true,
  exports: [],
  values: { ...zeroValues(), "centers.active": 3988 },
  breakdowns: {
    ...(Object.fromEntries(breakdownKeys.map((k) => [k, {}])) as Snapshot["breakdowns"]),
    "vigilanceAlerts.byKind": { abuse: 4, cold_wave: 2 },
    "centers.byType": { kindergarten: 7 },
  },
  sourceCounts: {},
  missingSources: [],
};

describe("the exports' words are the console's", () => {
  it("names the workbook's sheets as the bilan page names its sections", async () => {
    const workbook = await openXlsx(await bilanXlsx(snapshot));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      both("entraide.bilan.indicators"),
      both("entraide.bilan.breakdowns"),
      ar.translate("entraide.bilan.menu"),
      both("entraide.bilan.run"),
    ]);
  });

  it("heads the columns with the console's words for the indicator and its value, in French and Arabic", async () => {
    const workbook = await openXlsx(await bilanXlsx(snapshot));
    for (const sheet of workbook.worksheets.slice(0, 2)) {
      const header = sheet.getRow(1).values as unknown[];
      expect(header[3]).toMatch(
        new RegExp(`^${fr.translate("entraide.bilan.indicator")} - ${ar.translate("entraide.bilan.indicator")} `),
      );
      expect(header[4]).toMatch(
        new RegExp(`^${fr.translate("entraide.bilan.indicator")} .* - ${ar.translate("entraide.bilan.indicator")}$`),
      );
      expect(header[5]).toBe(both("entraide.bilan.value"));
    }
    const arabic = sheetAt(workbook, 2);
    expect(arabic.getRow(1).values).toEqual([
      undefined,
      ar.translate("entraide.bilan.indicator"),
      ar.translate("entraide.bilan.value"),
      ar.translate("entraide.bilan.key"),
    ]);
  });

  it("describes the run with the console's words: year, computed at, and the bilan's status", async () => {
    for (const frozen of [true, false]) {
      const info = sheetAt(await openXlsx(await bilanXlsx({ ...snapshot, frozen })), 3);
      expect(info.getCell("A1").value).toBe(both("entraide.bilan.year"));
      expect(info.getCell("A2").value).toBe(both("entraide.bilan.computed_at"));
      expect(info.getCell("A3").value).toBe(both("entraide.bilan.status"));
      expect(info.getCell("B3").value).toBe(both(`entraide.enums.bilanStatus.${frozen ? "frozen" : "provisional"}`));
    }
  });

  it.each([
    ["fr", fr, "labelFr"],
    ["ar", ar, "labelAr"],
  ] as const)("labels a breakdown's values as the console's lists do, in %s (CSV and workbook)", (_, i18n, column) => {
    const rows = parseBilanCsv(bilanCsv(snapshot));
    const label = (key: string, bucket: string) =>
      rows.find((row) => row.key === key && row.bucket === bucket)?.[column].split(" — ")[1];
    expect(label("vigilanceAlerts.byKind", "abuse")).toBe(i18n.translate("entraide.enums.alertKind.abuse"));
    expect(label("vigilanceAlerts.byKind", "cold_wave")).toBe(i18n.translate("entraide.enums.alertKind.cold_wave"));
    expect(label("centers.byType", "kindergarten")).toBe(i18n.translate("entraide.enums.centerType.kindergarten"));
  });
});
