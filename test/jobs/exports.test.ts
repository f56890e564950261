import { breakdownKeys, zeroValues } from "@entraide/core/indicators/keys";
import type { Snapshot } from "@entraide/core/indicators/snapshots";
import { describe, expect, it } from "vitest";
import { ExportId } from "../../packages/functions/src/jobs/export-store.js";
import { bilanCsv, parseBilanCsv } from "../../packages/functions/src/jobs/exports/csv.js";
import { bilanXlsx, SHEETS } from "../../packages/functions/src/jobs/exports/xlsx.js";
import { figuresOf, nonEmpty, readAll, tempExportStore } from "../support/exports.js";
import { must } from "../support/must.js";
import { openXlsx, parseBilanXlsx } from "../support/xlsx.js";

const snapshot: Snapshot = {
  year: 2015,
  id: "2015-closing",
  runKey: "closing",
  computedAt: "2016-01-05T04:00:00.000Z",
  frozen: true,
  exports: [],
  values: { ...zeroValues(), "centers.active": 3988, "aid.valueMad": 1234.5 },
  breakdowns: {
    ...(Object.fromEntries(breakdownKeys.map((k) => [k, {}])) as Snapshot["breakdowns"]),
    // Buckets the export must quote: a comma, a quote, a line break.
    "vigilanceAlerts.byKind": { 'cold, "wave"': 2, "line\nbreak": 1, abuse: 4 },
    "centers.byRegion": { "MA-02": 3 },
  },
  sourceCounts: {},
  missingSources: [],
};

describe("export formats", () => {
  it("CSV: a BOM, then rows that read back to the same figures, quoted cells included", () => {
    const csv = bilanCsv(snapshot);
    expect(csv.subarray(0, 3).toString("hex")).toBe("efbbbf");
    expect(figuresOf(parseBilanCsv(csv))).toEqual({
      values: snapshot.values,
      breakdowns: nonEmpty(snapshot.breakdowns),
    });
    expect(csv.toString()).toContain("الشرق"); // region MA-02 labelled in Arabic
  });

  it("XLSX: figures and breakdowns on their own sheets, labels in French and Arabic", async () => {
    const rows = await parseBilanXlsx(await bilanXlsx(snapshot));
    expect(figuresOf(rows)).toEqual({ values: snapshot.values, breakdowns: nonEmpty(snapshot.breakdowns) });
    expect(rows.find((r) => r.bucket === "MA-02")).toMatchObject({
      labelFr: expect.stringContaining("L'Oriental"),
      labelAr: expect.stringContaining("الشرق"),
    });
    // Alert kinds are named, not left as codes.
    expect(rows.find((r) => r.bucket === "abuse")).toMatchObject({
      labelFr: expect.stringContaining("Maltraitance"),
      labelAr: expect.stringContaining("سوء المعاملة"),
    });
  });

  it("XLSX: the Arabic sheet reads right to left, the keyed sheets left to right", async () => {
    const workbook = await openXlsx(await bilanXlsx(snapshot));
    const arabic = must(workbook.getWorksheet(SHEETS.arabic), "the Arabic sheet");
    expect(arabic.views[0]?.rightToLeft).toBe(true);
    expect(workbook.getWorksheet(SHEETS.indicators)?.views[0]?.rightToLeft).toBeFalsy();
    expect(arabic.getRow(1).values).toEqual([undefined, "المؤشر", "القيمة", "المفتاح"]);
    expect(arabic.getCell("A2").value).toBe("المراكز النشطة");
    expect(arabic.getCell("B2").value).toBe(3988);
  });

  it("XLSX: bold bilingual headers, wide label columns, and the run's details on an Info sheet", async () => {
    const workbook = await openXlsx(
      await bilanXlsx({ ...snapshot, missingSources: [{ entity: "GRANT <&> \u0001" }] as never }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      SHEETS.indicators,
      SHEETS.breakdowns,
      SHEETS.arabic,
      SHEETS.info,
    ]);
    const figures = must(workbook.getWorksheet(SHEETS.indicators), "the figures' sheet");
    expect(figures.getRow(1).values).toEqual([
      undefined,
      "Clé - المفتاح",
      "Catégorie - الفئة",
      "Indicateur - المؤشر بالفرنسية",
      "Indicateur en arabe - المؤشر",
      "Valeur - القيمة",
    ]);
    expect(figures.getCell("A1").font?.bold).toBe(true);
    expect(figures.getCell("A2").font?.bold).not.toBe(true);
    expect([1, 2, 3, 4, 5].map((c) => figures.getColumn(c).width)).toEqual([24, 24, 60, 60, 24]);
    expect(typeof figures.getCell("E2").value).toBe("number");
    const info = must(workbook.getWorksheet(SHEETS.info), "the Info sheet");
    expect(info.getCell("B1").value).toBe(2015);
    expect(info.getCell("B3").value).toBe("Définitive - نهائية");
    // Markup characters come back as written; a control character XML cannot hold is left out.
    expect(info.getCell("B4").value).toBe("GRANT <&> ");
    expect(workbook.creator).toBe("Entraide Nationale");
    expect(workbook.created?.toISOString()).toBe(snapshot.computedAt);
  });

  it("XLSX: the same snapshot gives the same bytes", async () => {
    expect((await bilanXlsx(snapshot)).equals(await bilanXlsx(snapshot))).toBe(true);
  });
});

describe("export stores", () => {
  it("names files only by export ids: no path can leave the folder", async () => {
    const { store } = tempExportStore();
    for (const bad of [
      "../secrets.json",
      "bilan-2015-x/../../a.csv",
      "bilan-15-closing.csv",
      "bilan-2015-closing.exe",
    ]) {
      expect(ExportId.safeParse(bad).success).toBe(false);
      await expect(store.put(bad, Buffer.from("x"))).rejects.toThrow();
    }
    await store.put("bilan-2015-closing.json", Buffer.from("{}"));
    expect(await readAll(must(await store.open("bilan-2015-closing.json"), "the JSON export").body)).toEqual(
      Buffer.from("{}"),
    );
    expect(await store.open("bilan-2014-closing.json")).toBeUndefined();
  });
});
