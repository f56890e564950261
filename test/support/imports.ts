import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { testApi } from "./api.js";
import type { Json } from "./json.js";
import { must } from "./must.js";

type Api = Awaited<ReturnType<typeof testApi>>;
export type Cells = (string | number | Date | { formula: string; result?: unknown } | null)[];

/** A CSV as people save it: `;` or `,`, UTF-8 with or without BOM, or Windows-1256. */
export function csvFile(
  rows: Cells[],
  options: { delimiter?: string; bom?: boolean; encoding?: "utf8" | "windows-1256" } = {},
): Buffer {
  const d = options.delimiter ?? ";";
  const lines = rows.map((r) =>
    r
      .map((v) => (v === null ? "" : String(v)))
      .map((v) => (/[";,\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v))
      .join(d),
  );
  const text = `${lines.join("\r\n")}\r\n`;
  if (options.encoding === "windows-1256") return iconv.encode(text, "windows-1256");
  return Buffer.from((options.bom ? "\uFEFF" : "") + text, "utf8");
}

/** An XLSX whose first sheet holds `rows` (dates as real date cells, formulas as formulas). */
export async function xlsxFile(rows: Cells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Liste");
  for (const row of rows) {
    const added = sheet.addRow(row);
    for (const [i, v] of row.entries()) if (v instanceof Date) added.getCell(i + 1).numFmt = "dd/mm/yyyy";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const rows: string[][] = [];
  must(workbook.worksheets[0], "a first sheet").eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))),
  );
  return rows;
}

/** Creates an import, uploads `file`, runs the dry run and answers the import as it ended. */
export async function dryRun(
  api: Api,
  registry: string,
  file: Buffer,
  headers: Record<string, string> = {},
  format = "csv",
) {
  const created = await api.call("POST", "/api/v1/imports", { registry, format, fileName: `list.${format}` }, headers);
  if (created.status !== 201) return created;
  const id = created.body.id as string;
  const put = await upload(api, id, file, headers);
  if (put.status !== 200) return put;
  const started = await api.call("POST", `/api/v1/imports/${id}/validate`, undefined, headers);
  if (started.status !== 202) return started;
  await api.imports.settled();
  return api.call("GET", `/api/v1/imports/${id}`, undefined, headers);
}

export async function upload(api: Api, id: string, file: Buffer, headers: Record<string, string> = {}) {
  const credentials = headers.authorization ? headers : await api.as("admin");
  const response = await api.app.request(`/api/v1/imports/${id}/file`, {
    method: "PUT",
    headers: { ...credentials, "content-type": "application/octet-stream", "content-length": String(file.length) },
    body: new Uint8Array(file),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function rowsOf(api: Api, id: string, query = "", headers: Record<string, string> = {}) {
  const items = [];
  let cursor: string | null = null;
  do {
    const page: { body: { items: Json[]; nextCursor: string | null } } = await api.call(
      "GET",
      `/api/v1/imports/${id}/rows?limit=100${query}${cursor ? `&cursor=${cursor}` : ""}`,
      undefined,
      headers,
    );
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

export async function commit(api: Api, id: string, body: unknown = {}, headers: Record<string, string> = {}) {
  const started = await api.call("POST", `/api/v1/imports/${id}/commit`, body, headers);
  await api.imports.settled();
  return started;
}

export const beneficiaryHeaderFr = [
  "CIN",
  "Prénom",
  "Nom",
  "Sexe",
  "Date de naissance",
  "Catégories",
  "Région",
  "Province",
  "Milieu",
  "Consentement",
];
export const beneficiaryRowFr = (over: Partial<Record<string, string | Date | number>> = {}): Cells => {
  const v = {
    cin: "BK123456",
    first: "Fatima",
    last: "El Amrani",
    sex: "F",
    birth: "12/06/1985",
    cat: "femme",
    region: "MA-06",
    province: "Casablanca",
    area: "urbain",
    consent: "oui",
    ...over,
  };
  return [v.cin, v.first, v.last, v.sex, v.birth, v.cat, v.region, v.province, v.area, v.consent] as Cells;
};
