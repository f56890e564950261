import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import {
  commit,
  csvFile,
  dryRun,
  beneficiaryHeaderFr as H,
  readXlsx,
  beneficiaryRowFr as row,
  rowsOf,
  upload,
} from "../support/imports.js";
import { must } from "../support/must.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

describe("who may import", () => {
  it("refuses finance staff", async () => {
    const finance = await api.as("finance");
    expect(
      (
        await api.call(
          "POST",
          "/api/v1/imports",
          { registry: "beneficiaries", format: "csv", fileName: "a.csv" },
          finance,
        )
      ).status,
    ).toBe(403);
    expect((await api.call("GET", "/api/v1/imports", undefined, finance)).status).toBe(403);
    expect((await api.call("GET", "/api/v1/imports/templates/centers", undefined, finance)).status).toBe(403);
  });

  it("lets a regional officer import the rows of their regions only, and see only their imports", async () => {
    const officer = await api.as("regional");
    const file = csvFile([
      H,
      row({ cin: "RA100001", first: "Hind" }),
      row({ cin: "RA100002", first: "Naima", region: "MA-09", province: "Agadir-Ida-Ou-Tanane" }),
    ]);
    const job = await dryRun(api, "beneficiaries", file, officer);
    expect(job.body).toMatchObject({
      status: "validated",
      createdBy: "user:officer-ma06",
      counts: { valid: 1, invalid: 1 },
    });
    const [outside] = await rowsOf(api, job.body.id, "&outcome=invalid&lang=en", officer);
    expect(outside.issues[0].message).toBe("Outside your region");
    await commit(api, job.body.id, {}, officer);
    const [created] = await rowsOf(api, job.body.id, "&outcome=created", officer);
    // The record's audit trail names the importer.
    const events = await api.call("GET", `/api/v1/audit-events?entityId=${created.recordId}`);
    expect(events.body.items[0]).toMatchObject({ actor: "user:officer-ma06", action: "create" });
    const importEvents = await api.call("GET", `/api/v1/audit-events?entityId=${job.body.id}`);
    expect(importEvents.body.items.map((e: { action: string }) => e.action)).toEqual(["create", "update"]);

    const mine = await api.call("GET", "/api/v1/imports", undefined, officer);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([job.body.id]);
    const adminJob = await api.call("POST", "/api/v1/imports", {
      registry: "centers",
      format: "csv",
      fileName: "c.csv",
    });
    expect((await api.call("GET", `/api/v1/imports/${adminJob.body.id}`, undefined, officer)).status).toBe(404);
  });
});

describe("commits", () => {
  it("two commits at once create each record once", async () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      row({ cin: `CC${String(200000 + i)}`, first: `Prénom${i}`, birth: `0${(i % 9) + 1}/01/1980` }),
    );
    const job = await dryRun(api, "beneficiaries", csvFile([H, ...rows]));
    expect(job.body.counts.valid).toBe(40);
    const answers = await Promise.all(
      [1, 2, 3].map(() => api.call("POST", `/api/v1/imports/${job.body.id}/commit`, {})),
    );
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    await api.imports.settled();
    const done = (await api.call("GET", `/api/v1/imports/${job.body.id}`)).body;
    expect(done, JSON.stringify(done)).toMatchObject({ status: "committed", counts: { created: 40, skipped: 0 } });
    const created = await rowsOf(api, job.body.id, "&outcome=created");
    expect(new Set(created.map((r) => r.recordId)).size).toBe(40);
    for (const cin of ["CC200000", "CC200017", "CC200039"]) {
      expect((await api.call("GET", `/api/v1/beneficiaries?nationalId=${cin}`)).body.items).toHaveLength(1);
    }
    const all = await api.call("GET", "/api/v1/beneficiaries?limit=100&provinceCode=MA-CAS");
    expect(all.body.items.filter((b: { nationalId?: string }) => b.nationalId?.startsWith("CC2")).length).toBe(40);
  });

  it("refuses a commit or a dry run before the file; a file sent again before the dry run replaces the first", async () => {
    const created = await api.call("POST", "/api/v1/imports", {
      registry: "beneficiaries",
      format: "csv",
      fileName: "a.csv",
    });
    expect((await api.call("POST", `/api/v1/imports/${created.body.id}/commit`, {})).status).toBe(409);
    expect((await api.call("POST", `/api/v1/imports/${created.body.id}/validate`)).status).toBe(409);
    expect((await upload(api, created.body.id, csvFile([H, row()]))).status).toBe(200);
    expect((await upload(api, created.body.id, csvFile([H, row()]))).status).toBe(200);
  });
});

describe("reports", () => {
  it("neutralise formulas and mask national IDs for callers without pii:read", async () => {
    const evil = '=HYPERLINK("http://evil.example","click")';
    const job = await dryRun(
      api,
      "beneficiaries",
      csvFile([H, row({ cin: "NZ100001", first: evil }), row({ cin: "NZ100002", first: "@SUM(1)", birth: "bad" })]),
    );
    const csv = await api.app.request(`/api/v1/imports/${job.body.id}/report?format=csv&lang=fr`, {
      headers: await api.as("admin"),
    });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain("'@SUM(1)");
    expect(text).toContain("NZ100001");
    expect(text.split(/\r\n/).some((line) => /^[=+@]|[;,][=+@]/.test(line))).toBe(false);
    const xlsx = await api.app.request(`/api/v1/imports/${job.body.id}/report?format=xlsx&lang=ar`, {
      headers: await api.as("admin"),
    });
    const sheet = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet[0]).toContain("النتيجة");
    expect(sheet[1]).toContain(`'${evil}`);

    const key = (
      await api.call("POST", "/api/v1/api-keys", {
        name: "Partenaire imports",
        scopes: ["imports:read", "imports:write", "beneficiaries:write"],
      })
    ).body.key;
    const masked = await api.app.request(`/api/v1/imports/${job.body.id}/report?format=csv`, {
      headers: { "x-api-key": key },
    });
    const maskedText = await masked.text();
    expect(maskedText).toContain("NZ****01");
    expect(maskedText).not.toContain("NZ100001");
  });
});

describe("templates", () => {
  it("come in XLSX with a sheet of allowed values, and in CSV, in Arabic or French, and read back as valid", async () => {
    const xlsx = await api.app.request("/api/v1/imports/templates/beneficiaries?format=xlsx&lang=ar", {
      headers: await api.as("admin"),
    });
    expect(xlsx.status).toBe(200);
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    const sheet = await readXlsx(bytes);
    expect(sheet[0]).toContain("تاريخ الازدياد");
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(must(workbook.worksheets[1], "a second sheet").getRow(1).values).toContain("القيمة");
    const job = await dryRun(api, "beneficiaries", bytes, {}, "xlsx");
    expect(job.body.counts).toMatchObject({ rows: 1, valid: 1 });

    for (const registry of ["centers", "cooperatives", "enrollments"]) {
      const csv = await api.app.request(`/api/v1/imports/templates/${registry}?format=csv&lang=fr`, {
        headers: await api.as("admin"),
      });
      expect(csv.status).toBe(200);
      const bytes = Buffer.from(await csv.arrayBuffer());
      expect(bytes.subarray(0, 3).toString("hex")).toBe("efbbbf");
      expect(bytes.toString("utf8")).toMatch(registry === "enrollments" ? /Bénéficiaire/ : /Région/);
    }
    const unknown = await api.call("GET", "/api/v1/imports/templates/grants");
    expect(unknown.status).toBe(400);
  });
});
