import { beneficiaries } from "../beneficiary.js";
import { centers } from "../center.js";
import { cooperatives } from "../cooperative.js";
import { enrollments } from "../enrollment.js";
import { valueLabels } from "../glossary/imports.js";
import type { Repository } from "../repository.js";
import type { AnyObject } from "../validation.js";
import {
  type Cell,
  listLookup,
  type Parsed,
  parseChoice,
  parseChoices,
  parseDate,
  parseInteger,
  parseNationalId,
  parseNumber,
  parsePhone,
  parseProvince,
  parseRegion,
  parseText,
  parseYesNo,
} from "./values.js";

/**
 * What makes a registry importable: its columns (header words come from the
 * glossary by field name), how a cell becomes a field, and how the row's fields
 * become the registry's create input. Everything else — reading files, checks,
 * duplicates, reports, commit — is the same machinery for every registry.
 */
export interface ImportColumn {
  /** The API field name, also the glossary key of its header. */
  field: string;
  required?: boolean;
  parse: (cell: Cell) => Parsed;
  /** The template's example value. */
  example: string;
  /** The fixed list the template's second sheet shows for this column (a key of valueLabels). */
  list?: string;
  /** Other headers people use for it. */
  aliases?: string[];
  /** Personal identifier: masked in reports for callers without pii:read. */
  personal?: boolean;
}

export interface ImportRegistry {
  name: ImportRegistryName;
  repository: Repository<AnyObject>;
  columns: ImportColumn[];
  /** Row fields → create input (e.g. latitude/longitude → location). */
  toInput?: (fields: Record<string, unknown>) => Record<string, unknown>;
  /** Checked for probable duplicates (people). */
  people?: boolean;
}

export const importRegistryNames = ["beneficiaries", "enrollments", "centers", "cooperatives"] as const;
export type ImportRegistryName = (typeof importRegistryNames)[number];

const allowedOf = (list: string) => Object.keys(valueLabels[list] ?? {}).join(", ");
const choice = (list: string, extra?: Record<string, string>) => parseChoice(listLookup(list, extra), allowedOf(list));
const sexAliases = {
  f: "female",
  m: "male",
  h: "male",
  femme: "female",
  homme: "male",
  feminin: "female",
  masculin: "male",
};

const text = parseText;
const territory: ImportColumn[] = [
  { field: "regionCode", required: true, parse: parseRegion, example: "MA-06", aliases: ["region", "code region"] },
  {
    field: "provinceCode",
    required: true,
    parse: parseProvince,
    example: "Casablanca",
    aliases: ["province", "prefecture", "code province", "prefecture ou province"],
  },
];

const beneficiaryColumns: ImportColumn[] = [
  {
    field: "nationalId",
    parse: parseNationalId,
    example: "BK123456",
    aliases: ["cin", "n° de cin", "numero cin", "رقم البطاقة"],
    personal: true,
  },
  { field: "firstName", required: true, parse: text, example: "Fatima", aliases: ["prenom", "الاسم"] },
  { field: "lastName", required: true, parse: text, example: "El Alaoui", aliases: ["nom de famille", "النسب"] },
  { field: "sex", required: true, parse: choice("sex", sexAliases), example: "F", list: "sex" },
  { field: "birthDate", required: true, parse: parseDate, example: "14/03/1990", aliases: ["ne le", "date naissance"] },
  {
    field: "categories",
    required: true,
    parse: parseChoices(listLookup("category"), allowedOf("category")),
    example: "woman; disability",
    list: "category",
    aliases: ["categorie", "الفئة"],
  },
  {
    field: "disabilityType",
    parse: choice("disabilityType"),
    example: "motor",
    list: "disabilityType",
    aliases: ["handicap"],
  },
  ...territory,
  {
    field: "areaType",
    required: true,
    parse: choice("areaType"),
    example: "urban",
    list: "areaType",
    aliases: ["الوسط"],
  },
  { field: "phone", parse: parsePhone, example: "0612345678", aliases: ["tel", "telephone", "gsm"], personal: true },
  {
    field: "consentGiven",
    required: true,
    parse: parseYesNo,
    example: "oui",
    list: "yesNo",
    aliases: ["consentement loi 09-08", "موافقة"],
  },
];

const centerColumns: ImportColumn[] = [
  { field: "name", required: true, parse: text, example: "Centre social Hay Mohammadi", aliases: ["nom du centre"] },
  { field: "type", required: true, parse: choice("centerType"), example: "women", list: "centerType" },
  ...territory,
  { field: "areaType", required: true, parse: choice("areaType"), example: "urban", list: "areaType" },
  { field: "capacity", required: true, parse: parseInteger, example: "40" },
  { field: "status", required: true, parse: choice("centerStatus"), example: "active", list: "centerStatus" },
  { field: "openedOn", required: true, parse: parseDate, example: "01/03/2012" },
  { field: "closedOn", parse: parseDate, example: "" },
  { field: "managedBy", parse: text, example: "Association Al Amal" },
  { field: "latitude", parse: parseNumber, example: "33,5731", aliases: ["lat"] },
  { field: "longitude", parse: parseNumber, example: "-7,5898", aliases: ["lng", "lon"] },
];

const enrollmentColumns: ImportColumn[] = [
  { field: "beneficiaryId", required: true, parse: text, example: "01JD8Z4N7Q4W2Y0F6M3T9V5R1K" },
  { field: "centerId", required: true, parse: text, example: "01JD8Z4N7Q4W2Y0F6M3T9V5R1M" },
  { field: "service", required: true, parse: choice("service"), example: "training", list: "service" },
  { field: "startDate", required: true, parse: parseDate, example: "15/09/2024" },
  { field: "endDate", parse: parseDate, example: "" },
];

const cooperativeColumns: ImportColumn[] = [
  { field: "name", required: true, parse: text, example: "Coopérative Nour", aliases: ["nom de la cooperative"] },
  { field: "kind", required: true, parse: choice("cooperativeKind"), example: "cooperative", list: "cooperativeKind" },
  { field: "foundedOn", required: true, parse: parseDate, example: "10/05/2018" },
  ...territory,
  { field: "sector", required: true, parse: choice("sector"), example: "textile", list: "sector" },
  { field: "members", required: true, parse: parseInteger, example: "12" },
  { field: "foundedByGraduates", required: true, parse: parseYesNo, example: "oui", list: "yesNo" },
  { field: "originCenterId", parse: text, example: "" },
];

export const importRegistries: Record<ImportRegistryName, ImportRegistry> = {
  beneficiaries: {
    name: "beneficiaries",
    repository: beneficiaries as never,
    columns: beneficiaryColumns,
    people: true,
  },
  enrollments: { name: "enrollments", repository: enrollments as never, columns: enrollmentColumns },
  centers: {
    name: "centers",
    repository: centers as never,
    columns: centerColumns,
    toInput: ({ latitude, longitude, ...fields }) =>
      latitude !== undefined || longitude !== undefined
        ? { ...fields, location: { lat: latitude, lng: longitude } }
        : fields,
  },
  cooperatives: { name: "cooperatives", repository: cooperatives as never, columns: cooperativeColumns },
};
