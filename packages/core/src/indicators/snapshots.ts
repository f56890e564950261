import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db.js";
import { DomainError } from "../errors.js";
import { forEachPage } from "../store.js";
import type { Bilan } from "./compute.js";

/**
 * A computed bilan as stored: one item per (year, run key), so a rerun of the
 * same run overwrites its own snapshot instead of adding one, plus a copy
 * under LATEST that the API reads in one get. A frozen snapshot (the closing
 * bilan of a year) is never overwritten or superseded.
 */
export interface Snapshot extends Bilan {
  id: string;
  runKey: string;
  /** The run that computed it (absent from snapshots stored before runs named themselves in them). */
  runId?: string;
  computedAt: string;
  frozen: boolean;
  /** Ids of the exports written from it. */
  exports: string[];
}

export const bilanPartition = (year: number) => `BILAN#${year}`;
const snapshotKey = (year: number, runKey: string) => ({ pk: bilanPartition(year), sk: `SNAPSHOT#${runKey}` });
const latestKey = (year: number) => ({ pk: bilanPartition(year), sk: "LATEST" });
/** The LATEST copies are also listed in gsi3, one per year: the years that have a bilan, in one query. */
const YEAR_ENTITY = "BILAN_YEAR";
const yearIndexKey = (year: number) => ({ gsi3pk: YEAR_ENTITY, gsi3sk: String(year).padStart(4, "0") });

export const snapshotId = (year: number, runKey: string) => `${year}-${runKey}`;

export class FrozenYearError extends DomainError {
  constructor(year: number) {
    super("conflict", `The bilan of ${year} is closed (frozen on its closing run): it is not computed again`);
  }
}

export async function getLatestSnapshot(db: Db, year: number): Promise<Snapshot | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: latestKey(year), ConsistentRead: true }),
  );
  return Item ? strip(Item) : undefined;
}

export async function assertNotFrozen(db: Db, year: number): Promise<void> {
  if ((await getLatestSnapshot(db, year))?.frozen) throw new FrozenYearError(year);
}

/** Stores the snapshot, then makes it the latest unless a newer one or a frozen one is there. */
export async function saveSnapshot(db: Db, snapshot: Snapshot): Promise<void> {
  const body = { ...snapshot, entity: "BILAN_SNAPSHOT" };
  const notFrozen = {
    ConditionExpression: "attribute_not_exists(pk) OR frozen <> :yes",
    ExpressionAttributeValues: { ":yes": true },
  };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...body, ...snapshotKey(snapshot.year, snapshot.runKey) },
        ...notFrozen,
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new FrozenYearError(snapshot.year);
    throw error;
  }
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...body, ...latestKey(snapshot.year), ...yearIndexKey(snapshot.year) },
        ConditionExpression: "attribute_not_exists(pk) OR (frozen <> :yes AND computedAt <= :at)",
        ExpressionAttributeValues: { ":yes": true, ":at": snapshot.computedAt },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    // A run that finished later is the latest already; only a frozen year is an error.
    await assertNotFrozen(db, snapshot.year);
  }
}

/** One year that has a bilan: its latest snapshot, without the figures. */
export interface BilanYearSummary {
  year: number;
  status: "provisional" | "frozen";
  computedAt: string;
  runKey: string;
  runId?: string;
  snapshotId: string;
}

/** The years that have a bilan, newest first. */
export async function listBilanYears(db: Db): Promise<BilanYearSummary[]> {
  const years: BilanYearSummary[] = [];
  const query = {
    IndexName: "gsi3",
    KeyConditionExpression: "gsi3pk = :kind",
    ExpressionAttributeValues: { ":kind": YEAR_ENTITY },
    ProjectionExpression: "#year, computedAt, frozen, runKey, runId, id",
    ExpressionAttributeNames: { "#year": "year" },
    ScanIndexForward: false,
  };
  await forEachPage<Snapshot>(db, query, (page) => {
    for (const { year, computedAt, frozen, runKey, runId, id } of page) {
      years.push({
        year,
        status: frozen ? "frozen" : "provisional",
        computedAt,
        runKey,
        ...(runId ? { runId } : {}),
        snapshotId: id,
      });
    }
  });
  return years;
}

function strip(item: Record<string, unknown>): Snapshot {
  const { pk: _pk, sk: _sk, entity: _entity, gsi3pk: _gsi3pk, gsi3sk: _gsi3sk, ...snapshot } = item;
  return snapshot as unknown as Snapshot;
}
