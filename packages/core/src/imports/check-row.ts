import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { itemKey, validateRecord } from "../entity.js";
import { DomainError } from "../errors.js";
import { batchGet, keyText } from "./batch-io.js";
import type { BlockCache } from "./blocks.js";
import type { ColumnMapping } from "./columns.js";
import type { ImportJob } from "./jobs.js";
import { fullNameKey, type PersonCandidate } from "./probable.js";
import type { FileRow } from "./read-file.js";
import type { ImportRegistry } from "./registries.js";
import type { ImportRow, RowIssue } from "./rows.js";
import { cellText } from "./values.js";

/**
 * The checks of one row, in two parts: what needs only the row and the rows
 * before it (values, the registry's rules, the same CIN or person earlier in
 * the file), then what needs the table (referenced records, regions, the same
 * CIN or person in the registry).
 */
export interface RowContext {
  db: Db;
  job: ImportJob;
  registry: ImportRegistry;
  mapping: ColumnMapping;
  /** Unique keys (keyed hashes) and people seen in the file so far → their first row. */
  seenKeys: Map<string, number>;
  seenPeople: Map<string, number>;
  /** The guard items of the current batch's unique values (read together), by key. */
  guards: Map<string, Record<string, unknown>>;
  /** Regions of referenced records, by prefix#id (undefined: missing). */
  regionCache: Map<string, Promise<{ exists: boolean; regionCode?: string }>>;
  /** The registry's people by block (birth date and sex), read once per block and dry run (see blocks.ts). */
  blocks: BlockCache;
}

export interface Checked {
  result: ImportRow;
  /** The validated record, when the row passed its own checks. */
  record?: Record<string, unknown>;
  uniqueKeys: { key: string }[];
}

const columnOf = (ctx: RowContext, field: string) => {
  const position = ctx.mapping.fields.indexOf(field === "location" ? "latitude" : field);
  return (position >= 0 ? ctx.mapping.titles[position] : undefined) ?? field;
};

export const isBlank = (row: FileRow) => row.cells.every((cell) => cellText(cell) === "");

export function checkOwn(ctx: RowContext, fileRow: FileRow): Checked {
  const { registry, mapping } = ctx;
  const issues: RowIssue[] = [];
  const fields: Record<string, unknown> = {};
  for (const [position, field] of mapping.fields.entries()) {
    const column = field ? registry.columns.find((c) => c.field === field) : undefined;
    if (!field || !column) continue;
    const title = mapping.titles[position] ?? field;
    const cell = fileRow.cells[position];
    if (fileRow.formulas?.includes(position)) {
      issues.push({ column: title, code: "formula" });
      continue;
    }
    if (cellText(cell) === "") {
      if (column.required)
        issues.push({ column: title, code: field === "consentGiven" ? "consent_required" : "required" });
      continue;
    }
    const parsed = column.parse(cell);
    if ("problem" in parsed) issues.push({ column: title, code: parsed.problem, params: parsed.params });
    else fields[field] = parsed.value;
  }
  if (fields.consentGiven === false) issues.push({ column: columnOf(ctx, "consentGiven"), code: "consent_required" });
  const result: ImportRow = {
    row: fileRow.row,
    outcome: "valid",
    issues,
    matches: [],
    cells: fileRow.cells.map(cellText),
    regionCode: typeof fields.regionCode === "string" ? fields.regionCode : undefined,
  };
  if (issues.length) return { result: { ...result, outcome: "invalid" }, uniqueKeys: [] };

  let record: Record<string, unknown>;
  try {
    record = validateRecord(registry.repository.def, registry.toInput ? registry.toInput(fields) : fields) as Record<
      string,
      unknown
    >;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const ruleIssues = error.issues.map((i) => ({
      column: columnOf(ctx, i.path.split(".")[0] ?? i.path),
      code: "rule",
      params: { detail: i.message },
    }));
    return { result: { ...result, outcome: "invalid", issues: ruleIssues }, uniqueKeys: [] };
  }
  result.input = record;

  const uniqueKeys = registry.repository.def.uniques?.(record as never, ctx.db) ?? [];
  for (const unique of uniqueKeys) {
    const first = ctx.seenKeys.get(unique.key);
    if (first !== undefined) {
      result.outcome = "duplicate";
      result.issues.push({
        column: columnOf(ctx, unique.field),
        code: "duplicate_in_file",
        params: { row: String(first) },
      });
    }
  }
  if (result.outcome === "valid" && registry.people) {
    const person = personKey(record);
    const first = ctx.seenPeople.get(person);
    if (first !== undefined) {
      result.outcome = "probable_duplicate";
      result.issues.push({
        column: columnOf(ctx, "lastName"),
        code: "probable_in_file",
        params: { row: String(first) },
      });
    }
  }
  return { result, record, uniqueKeys };
}

const personKey = (record: Record<string, unknown>) =>
  `${record.birthDate}|${record.sex}|${fullNameKey(record as never)}`;

/** Remembers the row's CIN and person as seen, unless an earlier row had them. */
export function remember(ctx: RowContext, checked: Checked) {
  if (!checked.record) return;
  for (const { key } of checked.uniqueKeys) if (!ctx.seenKeys.has(key)) ctx.seenKeys.set(key, checked.result.row);
  if (ctx.registry.people) {
    const person = personKey(checked.record);
    if (!ctx.seenPeople.has(person)) ctx.seenPeople.set(person, checked.result.row);
  }
}

function lookup(ctx: RowContext, prefix: string, id: string) {
  const cacheKey = `${prefix}#${id}`;
  let found = ctx.regionCache.get(cacheKey);
  if (!found) {
    if (ctx.regionCache.size > 10_000) ctx.regionCache.clear();
    found = ctx.db.doc
      .send(
        new GetCommand({ TableName: ctx.db.tableName, Key: itemKey(prefix, id), ProjectionExpression: "regionCode" }),
      )
      .then(({ Item }) => ({ exists: Item !== undefined, regionCode: Item?.regionCode as string | undefined }));
    ctx.regionCache.set(cacheKey, found);
  }
  return found;
}

export async function checkInTable(ctx: RowContext, checked: Checked): Promise<ImportRow> {
  const { result, record } = checked;
  if (!record || result.outcome === "invalid" || result.outcome === "duplicate") return result;
  const def = ctx.registry.repository.def;
  for (const ref of def.references?.(record as never).filter((r) => r.id) ?? []) {
    const found = await lookup(ctx, ref.prefix, ref.id);
    if (!found.exists)
      result.issues.push({ column: columnOf(ctx, ref.field), code: "missing_reference", params: { what: ref.label } });
    // A record placed through its beneficiary (enrollments) lies in the beneficiary's region.
    else if (!result.regionCode && ref.prefix === "BENEFICIARY") result.regionCode = found.regionCode;
  }
  const regions = ctx.job.regions;
  if (regions !== "all" && (!result.regionCode || !regions.includes(result.regionCode))) {
    result.issues.push({ column: columnOf(ctx, "regionCode"), code: "outside_region" });
  }
  if (result.issues.some((i) => i.code === "missing_reference" || i.code === "outside_region")) {
    return { ...result, outcome: "invalid", issues: result.issues.filter((i) => i.code !== "probable_in_file") };
  }
  for (const unique of checked.uniqueKeys as { key: string; field: string }[]) {
    const guard = ctx.guards.get(keyText({ pk: unique.key, sk: "GUARD" }));
    if (guard) {
      result.outcome = "duplicate";
      result.issues.push({ column: columnOf(ctx, unique.field), code: "duplicate_in_registry" });
      result.matches.push({ recordId: guard.owner as string, score: 1, reasons: ["same national ID"] });
      return result;
    }
  }
  if (ctx.registry.people) {
    const matches = await ctx.blocks.match(record as unknown as PersonCandidate);
    if (matches.length) {
      result.outcome = "probable_duplicate";
      result.issues.push({ column: columnOf(ctx, "lastName"), code: "probable_in_registry" });
      result.matches.push(...matches);
    }
  }
  return result;
}

/** The guard items of the rows' unique values, in one read per hundred (see batch-io.ts). */
export const readGuards = (db: Db, rows: Checked[]) =>
  batchGet(
    db,
    rows.flatMap((checked) => checked.uniqueKeys.map((u) => ({ pk: u.key, sk: "GUARD" }))),
    ["pk", "sk", "owner"],
  );
