import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { awsImportServices } from "../../packages/functions/src/imports/s3-files.js";
import { testApi } from "../support/api.js";
import { csvFile, dryRun, beneficiaryHeaderFr as H, beneficiaryRowFr as row } from "../support/imports.js";
import { must } from "../support/must.js";

type Api = Awaited<ReturnType<typeof testApi>>;

/** A file of `n` rows over several chunks of the stored rows (256 each); every tenth row without consent. */
const manyRows = (n: number) =>
  csvFile([
    H,
    ...Array.from({ length: n }, (_, i) =>
      row({ cin: `RP${100000 + i}`, first: `P${i}`, consent: i % 10 === 9 ? "non" : "oui" }),
    ),
  ]);

const report = async (api: Api, id: string, query: string) =>
  api.app.request(`/api/v1/imports/${id}/report?${query}`, { headers: await api.as("admin") });

describe("an import's report", () => {
  it("holds every row of a long file, in file order, in CSV and in XLSX (right to left in Arabic)", async () => {
    const api = await testApi();
    const job = await dryRun(api, "beneficiaries", manyRows(700));
    expect(job.body.counts).toMatchObject({ rows: 700, valid: 630, invalid: 70 });

    const csv = await report(api, job.body.id, "format=csv&lang=fr");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="import-${job.body.id}.csv"`);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(701);
    expect(lines.slice(1).map((line) => Number(line.split(",")[0]))).toEqual(
      Array.from({ length: 700 }, (_, i) => i + 2),
    );
    expect(lines[10]).toContain("Invalide");

    const xlsx = await report(api, job.body.id, "format=xlsx&lang=ar");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = must(workbook.worksheets[0], "the report's sheet");
    expect(sheet.rowCount).toBe(701);
    expect(sheet.getRow(1).values).toContain("النتيجة");
    expect(sheet.getRow(701).getCell(1).value).toBe(701);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]?.rightToLeft).toBe(true);
  });

  it("in AWS goes through the uploads bucket: a 302 to a presigned link that serves the same file", async () => {
    const stored = new Map<string, { body: Buffer; type: string }>();
    const s3 = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (part: Buffer) => parts.push(part));
      req.on("end", () => {
        const path = new URL(must(req.url, "a url"), "http://s3").pathname;
        if (req.method === "PUT") {
          stored.set(path, { body: Buffer.concat(parts), type: String(req.headers["content-type"]) });
          res.writeHead(200).end();
        } else {
          const object = stored.get(path);
          if (!object) res.writeHead(404).end();
          else res.writeHead(200, { "content-type": object.type }).end(object.body);
        }
      });
    });
    await new Promise<void>((ready) => s3.listen(0, "127.0.0.1", ready));
    const endpoint = `http://127.0.0.1:${(s3.address() as AddressInfo).port}`;
    try {
      const local = await testApi();
      const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "not-a-secret" };
      const aws = awsImportServices(local.db, { bucket: "uploads", region: "eu-west-3", endpoint, credentials });
      const api = await testApi({ db: local.db, imports: { ...local.imports, publishReport: aws.publishReport } });
      const job = await dryRun(local, "beneficiaries", manyRows(300));

      const answer = await report(api, job.body.id, "format=csv&lang=fr");
      expect(answer.status).toBe(302);
      const link = new URL(must(answer.headers.get("location"), "the report's link"));
      expect(link.pathname).toBe(`/uploads/reports/${job.body.id}/import-${job.body.id}.csv`);
      expect(link.searchParams.get("X-Amz-Expires")).toBe("900");
      expect(link.searchParams.get("response-content-disposition")).toBe(
        `attachment; filename="import-${job.body.id}.csv"`,
      );
      const fetched = await fetch(link);
      expect(fetched.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const direct = await report(local, job.body.id, "format=csv&lang=fr");
      expect(await fetched.text()).toBe(await direct.text());
    } finally {
      await new Promise((closed) => s3.close(closed));
    }
  });
});
