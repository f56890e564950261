import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary } from "../support/fixtures.js";
import {
  commit,
  csvFile,
  dryRun,
  beneficiaryHeaderFr as H,
  beneficiaryRowFr as row,
  rowsOf,
  xlsxFile,
} from "../support/imports.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const both = [
  ["csv", (rows: unknown[][]) => Promise.resolve(csvFile(rows as never))],
  ["xlsx", (rows: unknown[][]) => xlsxFile(rows as never)],
] as const;

describe.each(both)("a %s file of beneficiaries", (format, make) => {
  it("is checked row by row, then committed: valid rows only, each once", async () => {
    const tag = format === "csv" ? "C" : "X";
    const last = format === "csv" ? "El Amrani" : "Bennani";
    const file = await make([
      H,
      row({ cin: `${tag}A 100 001`.toLowerCase(), first: "Fatima", last }),
      row({ cin: `${tag}A100002`, first: "Khadija", last, birth: "1990-01-31" }),
      row({ cin: `${tag}A100003`, first: "Amina", last, birth: "31/02/1990" }),
      row({ cin: `${tag}A100001`, first: "Fatima", last }),
      row({ cin: `${tag}A100004`, first: "Zineb", last, consent: "non" }),
      row({
        cin: "",
        first: "Salma",
        last,
        sex: "أنثى",
        cat: "المرأة، الإعاقة",
        region: "الدار البيضاء - سطات",
        province: "الدار البيضاء",
      }),
    ]);
    const job = await dryRun(api, "beneficiaries", file, {}, format);
    expect(job.body).toMatchObject({
      status: "validated",
      counts: { rows: 6, valid: 2, invalid: 3, duplicates: 1, created: 0 },
    });
    const invalid = await rowsOf(api, job.body.id, "&outcome=invalid&lang=fr");
    expect(invalid.map((r) => r.row)).toEqual([4, 6, 7]);
    expect(invalid[0].issues[0]).toMatchObject({ column: "Date de naissance" });
    expect(invalid[1].issues[0].message).toMatch(/consentement/i);
    // Disability category without its type: the registry's own rule.
    expect(invalid[2].issues[0]).toEqual({
      column: "Type de handicap",
      message: "Obligatoire quand les catégories comprennent le handicap",
    });
    const [dup] = await rowsOf(api, job.body.id, "&outcome=duplicate&lang=ar");
    expect(dup).toMatchObject({ row: 5 });
    expect(dup.issues[0].message).toContain("2");

    const started = await commit(api, job.body.id);
    expect(started.status).toBe(202);
    const done = (await api.call("GET", `/api/v1/imports/${job.body.id}`)).body;
    expect(done).toMatchObject({ status: "committed", counts: { created: 2, skipped: 4 } });
    const created = await rowsOf(api, job.body.id, "&outcome=created");
    expect(created).toHaveLength(2);
    const first = await api.call("GET", `/api/v1/beneficiaries/${created[0].recordId}`);
    expect(first.body).toMatchObject({
      nationalId: `${tag}A100001`,
      birthDate: "1985-06-12",
      sex: "female",
      categories: ["woman"],
    });
    // Committing again creates nothing.
    await commit(api, job.body.id);
    expect((await api.call("GET", `/api/v1/beneficiaries?nationalId=${tag}A100001`)).body.items).toHaveLength(1);
    expect((await api.call("GET", `/api/v1/imports/${job.body.id}`)).body.counts.created).toBe(2);
  });
});

describe("files as people make them", () => {
  it("reads Windows-1256 CSV with , and Arabic headers in any order, and real Excel date cells", async () => {
    const arabic = [
      "الموافقة",
      "الاسم العائلي",
      "الاسم الشخصي",
      "الجنس",
      "تاريخ الازدياد",
      "الفئات",
      "الجهة",
      "العمالة أو الإقليم",
      "نوع الوسط",
      "ملاحظة",
    ];
    const csv = csvFile(
      [arabic, ["نعم", "العلوي", "محمد", "ذكر", "01/02/1970", "المسنون", "MA-06", "MA-CAS", "قروي", "x"]],
      { delimiter: ",", encoding: "windows-1256" },
    );
    const job = await dryRun(api, "beneficiaries", csv);
    expect(job.body).toMatchObject({ status: "validated", counts: { valid: 1 }, unknownColumns: ["ملاحظة"] });
    const xlsx = await xlsxFile([
      H,
      row({ cin: "", birth: new Date(Date.UTC(1970, 1, 1)) as never, first: "Rachid", sex: "homme", cat: "elderly" }),
    ]);
    const dated = await dryRun(api, "beneficiaries", xlsx, {}, "xlsx");
    expect(dated.body.counts).toMatchObject({ valid: 1 });
  });

  it("refuses a file without a required column, naming it", async () => {
    const job = await dryRun(api, "beneficiaries", csvFile([H.slice(0, 9), row().slice(0, 9)]), {
      "accept-language": "fr",
    });
    expect(job.body.status).toBe("failed");
    expect(job.body.problem.message).toContain("Consentement");
  });

  it("refuses empty files and binaries, and formula cells make their row invalid", async () => {
    expect((await dryRun(api, "beneficiaries", Buffer.alloc(0))).body.problem.code).toBe("empty_file");
    expect(
      (await dryRun(api, "beneficiaries", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]))).body.problem.code,
    ).toBe("not_a_table");
    const formulas = await xlsxFile([
      H,
      row({ cin: "", first: { formula: 'HYPERLINK("http://x","y")', result: "y" } as never }),
    ]);
    const job = await dryRun(api, "beneficiaries", formulas, {}, "xlsx");
    expect(job.body.counts).toMatchObject({ invalid: 1 });
  });

  it("finds the CIN already in the registry, pointing at its record", async () => {
    const existing = (await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId: "RG555555" }))).body;
    const job = await dryRun(api, "beneficiaries", csvFile([H, row({ cin: "rg 555555" })]));
    const [dup] = await rowsOf(api, job.body.id, "&outcome=duplicate");
    expect(dup.matches[0]).toMatchObject({ recordId: existing.id, score: 1 });
  });

  it("finds people already in the registry under another spelling, and creates them only when asked", async () => {
    const older = { sex: "male", birthDate: "1979-05-04", categories: ["elderly"], nationalId: undefined };
    const mohamed = (
      await api.call(
        "POST",
        "/api/v1/beneficiaries",
        aBeneficiary({ ...older, firstName: "Mohamed", lastName: "Alaoui" }),
      )
    ).body;
    const khadija = (
      await api.call(
        "POST",
        "/api/v1/beneficiaries",
        aBeneficiary({ firstName: "Khadija", lastName: "Bennani", birthDate: "1990-03-15", nationalId: undefined }),
      )
    ).body;
    const elderly = { cin: "", sex: "ذكر", birth: "04/05/1979", cat: "Personnes âgées" };
    const file = csvFile([
      H,
      row({ ...elderly, first: "محمد", last: "العلوي" }),
      row({ cin: "", first: "Khadija", last: "Benani", birth: "15/03/1990" }),
      row({ ...elderly, first: "Youssef", last: "Tazi" }),
    ]);
    const job = await dryRun(api, "beneficiaries", file);
    expect(job.body.counts).toMatchObject({ rows: 3, valid: 1, probableDuplicates: 2, duplicates: 0 });
    const probable = await rowsOf(api, job.body.id, "&outcome=probable_duplicate");
    expect(probable.map((r) => [r.row, r.matches.map((m: { recordId: string }) => m.recordId)])).toEqual([
      [2, [mohamed.id]],
      [3, [khadija.id]],
    ]);
    expect(probable[0].matches[0].reasons).toEqual(
      expect.arrayContaining(["same_birth_date", "same_sex", "first_name_across_scripts", "last_name_across_scripts"]),
    );
    expect(probable[0].matches[0].score).toBeGreaterThan(0.8);

    // Committed as it is: the probable duplicates are left out.
    await commit(api, job.body.id);
    expect((await api.call("GET", `/api/v1/imports/${job.body.id}`)).body.counts).toMatchObject({
      created: 1,
      skipped: 2,
    });
    // Committed with the person's say-so: they are created too.
    const again = await dryRun(
      api,
      "beneficiaries",
      csvFile([H, row({ ...elderly, first: "Mohammed", last: "El Alaoui" })]),
    );
    expect(again.body.counts).toMatchObject({ probableDuplicates: 1 });
    await commit(api, again.body.id, { createProbableDuplicates: true });
    const [created] = await rowsOf(api, again.body.id, "&outcome=created");
    expect((await api.call("GET", `/api/v1/beneficiaries/${created.recordId}`)).body).toMatchObject({
      firstName: "Mohammed",
      lastName: "El Alaoui",
      birthDate: "1979-05-04",
    });
  });
});
