import type { RaRecord } from "react-admin";
import { personName } from "../common/isolate";
import type { ListColumn } from "../resources/listColumns";

/** The records a list's reference columns name, by `<resource>/<id>` (`centers/01H…`). */
export type ReferencedRecords = Map<string, Record<string, unknown>>;

export const referenceKey = (resource: string, id: string) => `${resource}/${id}`;

/**
 * The records the page's reference columns point at (an enrollment's person and center…), asked for as the
 * console's own reference fields ask (`GET /api/v1/<resource>/<id>`, one per distinct record, data provider's
 * getMany): the first screen shows their names, and the console gets the same answers (early.ts) instead of asking
 * again. A record that can't be read is left out: its cell stays empty until the console shows what it can.
 */
export async function askReferences(
  columns: readonly ListColumn[],
  items: Record<string, unknown>[],
  get: (path: string) => Promise<unknown>,
): Promise<ReferencedRecords> {
  const wanted = new Map<string, string>();
  for (const column of columns) {
    if (column.kind !== "reference") continue;
    for (const item of items) {
      const id = item[column.source];
      if (typeof id === "string" && id)
        wanted.set(referenceKey(column.reference, id), `/api/v1/${column.reference}/${encodeURIComponent(id)}`);
    }
  }
  const answers = await Promise.all(
    [...wanted].map(async ([key, path]) => [key, await get(path).catch(() => undefined)] as const),
  );
  const records: ReferencedRecords = new Map();
  for (const [key, record] of answers) if (isRecord(record)) records.set(key, record);
  return records;
}

const isRecord = (answer: unknown): answer is Record<string, unknown> =>
  typeof answer === "object" && answer !== null && !Array.isArray(answer);

/** What the console's reference field shows for a record: its resource's recordRepresentation (resources/*). */
export function referenceName(resource: string, record: Record<string, unknown> | undefined): string {
  if (!record) return "";
  if (resource === "beneficiaries") return personName(record as RaRecord);
  return typeof record.name === "string" ? record.name : "";
}
