import { S3Client } from "@aws-sdk/client-s3";
import { zeroValues, breakdownKeys } from "@entraide/core/indicators/keys";
import type { Snapshot } from "@entraide/core/indicators/snapshots";
import { describe, expect, it } from "vitest";
import { ExportId } from "../../packages/functions/src/jobs/export-store.js";
import { bilanCsv, parseBilanCsv } from "../../packages/functions/src/jobs/exports/csv.js";
import { bilanXlsx, parseBilanXlsx } from "../../packages/functions/src/jobs/exports/xlsx.js";
import { s3ExportStore } from "../../packages/functions/src/jobs/s3-export-store.js";
import { figuresOf, nonEmpty, readAll, tempExportStore } from "../support/exports.js";

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
    "vigilanceAlerts.byKind": { 'cold, "wave"': 2, "line\nbreak": 1, "MA-02": 3 },
  },
  sourceCounts: {},
  missingSources: [],
};

describe("export formats", () => {
  it("CSV: a BOM, then rows that read back to the same figures, quoted cells included", () => {
    const csv = bilanCsv(snapshot);
    expect(csv.subarray(0, 3).toString("hex")).toBe("efbbbf");
    expect(figuresOf(parseBilanCsv(csv))).toEqual({ values: snapshot.values, breakdowns: nonEmpty(snapshot.breakdowns) });
    expect(csv.toString()).toContain("الشرق"); // region MA-02 labelled in Arabic
  });

  it("XLSX: figures and breakdowns on their own sheets, labels in French and Arabic", async () => {
    const rows = await parseBilanXlsx(await bilanXlsx(snapshot));
    expect(figuresOf(rows)).toEqual({ values: snapshot.values, breakdowns: nonEmpty(snapshot.breakdowns) });
    expect(rows.find((r) => r.bucket === "MA-02")).toMatchObject({ labelFr: expect.stringContaining("L'Oriental"), labelAr: expect.stringContaining("الشرق") });
  });
});

describe("export stores", () => {
  it("names files only by export ids: no path can leave the folder", async () => {
    const { store } = tempExportStore();
    for (const bad of ["../secrets.json", "bilan-2015-x/../../a.csv", "bilan-15-closing.csv", "bilan-2015-closing.exe"]) {
      expect(ExportId.safeParse(bad).success).toBe(false);
      await expect(store.put(bad, Buffer.from("x"))).rejects.toThrow();
    }
    await store.put("bilan-2015-closing.json", Buffer.from("{}"));
    expect(await readAll((await store.open("bilan-2015-closing.json"))!.body)).toEqual(Buffer.from("{}"));
    expect(await store.open("bilan-2014-closing.json")).toBeUndefined();
  });

  it("S3: a presigned download link, valid five minutes, that names the file", async () => {
    const client = new S3Client({ region: "eu-west-3", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" } });
    const url = new URL(await s3ExportStore("entraide-exports", client).downloadUrl("bilan-2015-closing.xlsx"));
    expect(url.hostname).toBe("entraide-exports.s3.eu-west-3.amazonaws.com");
    expect(url.pathname).toBe("/exports/bilan-2015-closing.xlsx");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("300");
    expect(url.searchParams.get("response-content-disposition")).toBe('attachment; filename="bilan-2015-closing.xlsx"');
  });
});
