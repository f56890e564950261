import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { must } from "../support/must.js";
import { screenshot } from "./support/browser";
import { consoleSession } from "./support/session";

/**
 * An administrator brings a beneficiary list in from Excel through the console's Imports page:
 * the template's French headers, Arabic names, one row the dry run refuses; then the commit,
 * and the new people in the beneficiaries' list.
 */
const session = consoleSession("ar");

const people = [
  {
    CIN: "bk 700 101",
    Prénom: "فاطمة الزهراء",
    Nom: "بناني",
    Sexe: "F",
    "Date de naissance": "14/03/1990",
    Catégories: "Femme",
  },
  {
    CIN: "BK700102",
    Prénom: "عبد الرحيم",
    Nom: "الإدريسي",
    Sexe: "homme",
    "Date de naissance": new Date(Date.UTC(1948, 10, 2)),
    Catégories: "Personnes âgées",
  },
  {
    CIN: "",
    Prénom: "سكينة",
    Nom: "الوزاني",
    Sexe: "أنثى",
    "Date de naissance": "1975-07-21",
    Catégories: "Femme; Handicap",
    "Type de handicap": "Moteur",
  },
  // Row 5: a birth date nobody can read — refused by the dry run, never imported.
  {
    CIN: "BK700104",
    Prénom: "يوسف",
    Nom: "الشرقاوي",
    Sexe: "M",
    "Date de naissance": "بداية التسعينات",
    Catégories: "Enfance",
  },
];
const everywhere = { Région: "Casablanca-Settat", Province: "Casablanca", Milieu: "urbain", Consentement: "oui" };

/** The file a center would fill: the API's own template's headers (French), then its rows. */
async function filledTemplate(): Promise<Buffer> {
  const { url, token } = session.server;
  const answer = await fetch(`${url}/api/v1/imports/templates/beneficiaries?format=xlsx&lang=fr`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(answer.status).toBe(200);
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(await answer.arrayBuffer());
  const headers = (must(template.worksheets[0], "the template's sheet").getRow(1).values as unknown[])
    .slice(1)
    .map(String);
  expect(headers).toEqual(expect.arrayContaining(["Prénom", "Nom", "Date de naissance", "Consentement"]));

  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Bénéficiaires");
  sheet.addRow(headers);
  for (const person of people) {
    const row: Record<string, unknown> = { ...everywhere, ...person };
    sheet.addRow(headers.map((header) => row[header] ?? ""));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const count = (name: string) => session.page.locator(`[data-count="${name}"] h5`);

describe("importing beneficiaries from a spreadsheet through the console", () => {
  it("uploads the file, shows the dry run's problem row, commits and lists the new people", async () => {
    const { page, server } = session;
    const file = await filledTemplate();
    await page.goto(`${server.url}/#/imports/create`);
    await page.locator('[data-testid="file-input"]').setInputFiles({
      name: "مستفيدون-الدار-البيضاء.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    });

    const job = page.locator('[data-testid="import"]');
    await job.and(page.locator('[data-status="validated"]')).waitFor({ timeout: 60_000 });
    await expect.poll(() => count("rows").textContent()).toBe("4");
    expect(await count("valid").textContent()).toBe("3");
    expect(await count("invalid").textContent()).toBe("1");
    const problem = page.locator('[data-testid="problem-rows"] tr[data-row="5"]');
    await problem.waitFor();
    expect(await problem.locator("td").nth(1).textContent()).toBe("Date de naissance");
    expect(await problem.locator("td").nth(2).textContent()).toMatch(/تاريخ/);
    await screenshot(page, "imports-dry-run-ar");
    // The report: the file's rows with their outcome, its messages in the reader's language.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /تحميل التقرير \(CSV\)/ }).click(),
    ]);
    const report = await readFile(await download.path(), "utf8");
    expect(report).toContain("الشرقاوي");
    expect(report).toContain(await problem.locator("td").nth(2).textContent());
    // Nothing is created by the dry run.
    expect((await server.api("GET", "/api/v1/beneficiaries")).body.items).toEqual([]);

    await page.getByRole("button", { name: "استيراد الأسطر الصالحة" }).click();
    await job.and(page.locator('[data-status="committed"]')).waitFor({ timeout: 60_000 });
    expect(await count("created").textContent()).toBe("3");
    await screenshot(page, "imports-committed-ar");

    const created = (await server.api("GET", "/api/v1/beneficiaries")).body.items as Array<Record<string, unknown>>;
    expect(created.map((p) => p.lastName).sort()).toEqual(["الإدريسي", "الوزاني", "بناني"].sort());
    expect(created).toContainEqual(
      expect.objectContaining({ lastName: "الإدريسي", birthDate: "1948-11-02", sex: "male", categories: ["elderly"] }),
    );
    expect(created).toContainEqual(
      expect.objectContaining({ lastName: "بناني", regionCode: "MA-06", provinceCode: "MA-CAS", consentGiven: true }),
    );

    await page.goto(`${server.url}/#/beneficiaries`);
    for (const name of ["بناني", "الإدريسي", "الوزاني"])
      await page.locator("tbody").getByText(name, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.locator("tbody").getByText("الشرقاوي").count()).toBe(0);
  });
});
