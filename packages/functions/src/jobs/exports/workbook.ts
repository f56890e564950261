import { zip, zipStream } from "./zip.js";

/**
 * Workbooks written here rather than with a spreadsheet library: a Lambda bundle
 * stays small, and the format needs only a few XML parts (ECMA-376,
 * SpreadsheetML) with inline strings, numbers and a bold font. Whole (the
 * bilan's exports, the import templates) or streamed row by row (an import's report).
 */
export type Cell = string | number;
export interface Sheet {
  name: string;
  /** Column widths, in characters. */
  widths: number[];
  /** The first row is a header (bold). */
  header?: Cell[];
  /** Shown right to left (column A on the right), as Arabic readers expect. */
  rightToLeft?: boolean;
  rows: Cell[][];
}

/** A workbook of plain sheets (bold header row, inline strings and numbers); `created` stamps it. */
export function workbookXlsx(sheets: Sheet[], created: Date): Buffer {
  return zip(
    [
      ...packageParts(sheets, created),
      ...sheets.map((sheet, i) => ({ name: worksheetName(i), content: Buffer.from(worksheet(sheet), "utf8") })),
    ],
    created,
  );
}

/** A sheet whose rows come as they are read (a report of any length). */
export type StreamedSheet = Omit<Sheet, "rows"> & { rows: AsyncIterable<Cell[]> };

/** The same workbook written as its rows come: a few rows in memory at a time, whatever the sheet's length. */
export function workbookXlsxStream(sheets: StreamedSheet[], created: Date): AsyncGenerator<Buffer> {
  return zipStream(
    [
      ...packageParts(sheets, created),
      ...sheets.map((sheet, i) => ({ name: worksheetName(i), content: worksheetStream(sheet) })),
    ],
    created,
  );
}

const worksheetName = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

/** Every part but the worksheets. */
const packageParts = (sheets: Omit<Sheet, "rows">[], created: Date) => [
  { name: "[Content_Types].xml", content: xml(contentTypes(sheets.length)) },
  { name: "_rels/.rels", content: xml(packageRelationships) },
  { name: "docProps/core.xml", content: xml(coreProperties(created)) },
  { name: "docProps/app.xml", content: xml(appProperties) },
  { name: "xl/workbook.xml", content: xml(workbook(sheets)) },
  { name: "xl/_rels/workbook.xml.rels", content: xml(workbookRelationships(sheets.length)) },
  { name: "xl/styles.xml", content: xml(styles) },
];

const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const xml = (body: string) => Buffer.from(`${XML_DECLARATION}${body}`, "utf8");

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const MIME = "application/vnd.openxmlformats";

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${MIME}-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  return [
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
    `<Default Extension="rels" ContentType="${MIME}-package.relationships+xml"/>`,
    `<Default Extension="xml" ContentType="application/xml"/>`,
    `<Override PartName="/xl/workbook.xml" ContentType="${MIME}-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...sheets,
    `<Override PartName="/xl/styles.xml" ContentType="${MIME}-officedocument.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/docProps/core.xml" ContentType="${MIME}-package.core-properties+xml"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="${MIME}-officedocument.extended-properties+xml"/>`,
    `</Types>`,
  ].join("");
}

const packageRelationships = [
  `<Relationships xmlns="${NS.pkgRel}">`,
  `<Relationship Id="rId1" Type="${NS.type}/officeDocument" Target="xl/workbook.xml"/>`,
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
  `<Relationship Id="rId3" Type="${NS.type}/extended-properties" Target="docProps/app.xml"/>`,
  `</Relationships>`,
].join("");

const coreProperties = (created: Date) =>
  [
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"`,
    ` xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    `<dc:creator>Entraide Nationale</dc:creator>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created.toISOString()}</dcterms:created>`,
    `</cp:coreProperties>`,
  ].join("");

const appProperties = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Entraide</Application></Properties>`;

const workbook = (sheets: Omit<Sheet, "rows">[]) =>
  [
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheets>`,
    ...sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`),
    `</sheets></workbook>`,
  ].join("");

const workbookRelationships = (sheetCount: number) =>
  [
    `<Relationships xmlns="${NS.pkgRel}">`,
    ...Array.from(
      { length: sheetCount },
      (_, i) => `<Relationship Id="rId${i + 1}" Type="${NS.type}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    ),
    `<Relationship Id="rId${sheetCount + 1}" Type="${NS.type}/styles" Target="styles.xml"/>`,
    `</Relationships>`,
  ].join("");

/** Two cell formats: 0 the default, 1 bold (header rows). */
const styles = [
  `<styleSheet xmlns="${NS.main}">`,
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>`,
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>`,
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>`,
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`,
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>`,
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>`,
  `</styleSheet>`,
].join("");

const BOLD = 1;

function worksheet(sheet: Sheet): string {
  const rows = sheet.header ? [sheet.header, ...sheet.rows] : sheet.rows;
  return `${worksheetHead(sheet)}${rows.map((cells, r) => sheetRow(sheet, cells, r)).join("")}${worksheetTail}`;
}

async function* worksheetStream(sheet: StreamedSheet): AsyncGenerator<Buffer> {
  let r = 0;
  let piece = worksheetHead(sheet) + (sheet.header ? sheetRow(sheet, sheet.header, r++) : "");
  for await (const cells of sheet.rows) {
    piece += sheetRow(sheet, cells, r++);
    // Rows handed on by the hundred: few enough to stay small, enough that deflate gets whole blocks.
    if (r % 100 === 0) {
      yield Buffer.from(piece, "utf8");
      piece = "";
    }
  }
  yield Buffer.from(piece + worksheetTail, "utf8");
}

function worksheetHead(sheet: Omit<Sheet, "rows">): string {
  const cols = sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`);
  const view = `<sheetViews><sheetView workbookViewId="0"${sheet.rightToLeft ? ` rightToLeft="1"` : ""}/></sheetViews>`;
  return `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${view}<cols>${cols.join("")}</cols><sheetData>`;
}

const worksheetTail = "</sheetData></worksheet>";

/** Row `r` (zero-based): the header row bold. */
function sheetRow(sheet: Omit<Sheet, "rows">, cells: Cell[], r: number): string {
  const style = sheet.header && r === 0 ? BOLD : undefined;
  return `<row r="${r + 1}">${cells.map((value, c) => cell(`${columnName(c)}${r + 1}`, value, style)).join("")}</row>`;
}

function cell(ref: string, value: Cell, style?: number): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

/** A, B, … Z, AA, AB… for a zero-based column index. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Text as XML character data: markup characters escaped, a carriage return kept
 * (a parser would turn a bare one into a line feed), and characters XML 1.0 cannot
 * hold at all (control characters, lone surrogates) left out.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/[&<>"\r]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" })[ch] ?? ch);
}
