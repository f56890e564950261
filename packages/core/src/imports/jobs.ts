import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import * as z from "zod";
import { auditOp } from "../audit.js";
import type { Caller } from "../caller.js";
import type { Db } from "../db.js";
import { onTable } from "../entity.js";
import { DomainError, notFound } from "../errors.js";
import { runWrites } from "../store.js";
import { listImportsNewestFirst } from "./list-imports.js";
import { importRegistryNames } from "./registries.js";

/**
 * An import job: one item in the table (`IMPORT#<id>` / `IMPORT`) with its
 * status, progress and counts, and its file's rows by chunks
 * (`IMPORT#<id>` / `ROWS#<first row>`, rows.ts). Lists: every import
 * on gsi3, an importer's own on gsi2.
 */
export const importStatuses = [
  "awaiting_file",
  "validating",
  "validated",
  "committing",
  "committed",
  "failed",
] as const;
export const outcomes = ["valid", "invalid", "duplicate", "probable_duplicate", "created", "skipped"] as const;
export type Outcome = (typeof outcomes)[number];

export const Counts = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  duplicates: z.number().int(),
  probableDuplicates: z.number().int(),
  created: z.number().int(),
  skipped: z.number().int(),
});
export type Counts = z.infer<typeof Counts>;
export const zeroCounts = (): Counts => ({
  rows: 0,
  valid: 0,
  invalid: 0,
  duplicates: 0,
  probableDuplicates: 0,
  created: 0,
  skipped: 0,
});

export const NewImport = z.strictObject({
  registry: z.enum(importRegistryNames),
  format: z.enum(["csv", "xlsx"]),
  fileName: z.string().trim().min(1).max(255),
});

export interface FileProblem {
  code: string;
  params: Record<string, string>;
}

export interface ImportJob {
  id: string;
  registry: (typeof importRegistryNames)[number];
  format: "csv" | "xlsx";
  fileName: string;
  status: (typeof importStatuses)[number];
  progress: { done: number; total: number };
  counts: Counts;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Where the importer may create records: every region, or these (the rows of other regions are invalid). */
  regions: "all" | string[];
  fileSize?: number;
  /** The file's header row as read, and the field of each column (null: not imported). */
  columns?: { titles: string[]; fields: (string | null)[] };
  unknownColumns?: string[];
  /** Why the file was refused (status failed). */
  problem?: FileProblem;
  createProbableDuplicates?: boolean;
  /** Validation goes on from this row after a hand-over. */
  resumeAt?: number;
}

export const jobKey = (id: string) => ({ pk: `IMPORT#${id}`, sk: "IMPORT" });
const byActor = (actor: string) => `IMPORT#ACTOR#${actor}`;

export async function createImportJob(
  db: Db,
  caller: Caller,
  input: z.infer<typeof NewImport>,
  regions: "all" | string[],
): Promise<ImportJob> {
  const now = new Date().toISOString();
  const createdBy = caller.actor;
  const job: ImportJob = {
    id: ulid(),
    ...input,
    status: "awaiting_file",
    progress: { done: 0, total: 0 },
    counts: zeroCounts(),
    createdBy,
    createdAt: now,
    updatedAt: now,
    regions,
  };
  const item = {
    ...job,
    ...jobKey(job.id),
    entity: "IMPORT",
    gsi2pk: byActor(createdBy),
    gsi2sk: job.id,
    gsi3pk: "IMPORT",
    gsi3sk: job.id,
  };
  await runWrites(db, [
    {
      item: { Put: { TableName: db.tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
      onConditionFailed: () => new DomainError("conflict", "Two imports got the same id; retry"),
    },
    ...onTable(db, [
      auditOp(caller, {
        entity: "IMPORT",
        entityId: job.id,
        action: "create",
        after: { registry: job.registry, fileName: job.fileName },
      }),
    ]),
  ]);
  return job;
}

const storage = new Set(["pk", "sk", "entity", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"]);
const toJob = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !storage.has(name))) as unknown as ImportJob;

export async function getImportJob(db: Db, id: string): Promise<ImportJob> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: jobKey(id), ConsistentRead: true }),
  );
  if (!Item) throw notFound("import", id);
  return toJob(Item);
}

/** Sets fields of the job; `from` lists the statuses it may be in (else a 409 conflict). */
export async function updateImportJob(
  db: Db,
  id: string,
  fields: Partial<ImportJob>,
  from?: ImportJob["status"][],
  remove: string[] = [],
) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ":now": new Date().toISOString() };
  const sets = ["#updatedAt = :now"];
  names["#updatedAt"] = "updatedAt";
  Object.entries(fields).forEach(([name, value], i) => {
    if (value === undefined) return;
    names[`#f${i}`] = name;
    values[`:v${i}`] = value;
    sets.push(`#f${i} = :v${i}`);
  });
  for (const [i, name] of remove.entries()) names[`#r${i}`] = name;
  let condition = "attribute_exists(pk)";
  if (from) {
    names["#status"] = "status";
    for (const [i, status] of from.entries()) values[`:s${i}`] = status;
    condition += ` AND #status IN (${from.map((_, i) => `:s${i}`).join(", ")})`;
  }
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: jobKey(id),
        UpdateExpression: `SET ${sets.join(", ")}${remove.length ? ` REMOVE ${remove.map((_, i) => `#r${i}`).join(", ")}` : ""}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  } catch (error) {
    if ((error as Error).name === "ConditionalCheckFailedException") {
      const job = await getImportJob(db, id);
      throw new DomainError("conflict", `The import is ${job.status}: this step needs it ${from?.join(" or ")}`);
    }
    throw error;
  }
}

export const ImportListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(2000).optional(),
});

/** Every import (newest first), or only `actor`'s. */
export function listImportJobs(db: Db, query: z.infer<typeof ImportListQuery>, actor?: string) {
  const where = actor
    ? { index: "gsi2" as const, partitionKey: byActor(actor) }
    : { index: "gsi3" as const, partitionKey: "IMPORT" };
  return listImportsNewestFirst(db, query, where, toJob);
}
