import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Caller, reaches } from "./caller.js";
import type { Db } from "./db.js";
import { itemKey } from "./entity.js";
import { DomainError, notFound } from "./errors.js";
import { type Located, regionField } from "./regions.js";
import { findProvince } from "./territory.js";

/**
 * The region rules of callers limited to regions, decided from the caller and
 * the validated input of each core call:
 * - a record of another region answers 404, as if it didn't exist (and so does anything kept inside it);
 * - a list is narrowed to their regions, empty when asked for another, and never returns another region's item;
 * - creating or moving a record into another region is refused (403, with the field).
 * Callers of every region pass without a read.
 */
type Fields = Record<string, unknown>;

/** Regions found during one call: a page of enrollments often shares beneficiaries. */
export class RegionFinder {
  private readonly found = new Map<string, Promise<string | undefined>>();

  constructor(private readonly db: Db) {}

  /** The region of the stored record `id`; undefined when there is no such record. */
  ofRecord(located: Located, id: string): Promise<string | undefined> {
    const key = `${located.prefix}#${id}`;
    let region = this.found.get(key);
    if (!region) {
      region = this.read(located, id);
      this.found.set(key, region);
    }
    return region;
  }

  /** The region of a record (or of one about to be written) from its fields. */
  async ofFields(located: Located, fields: Fields): Promise<string | undefined> {
    const value = fields[regionField(located.regions)];
    if (typeof value !== "string") return undefined;
    return located.regions.from === "own" ? value : this.ofRecord(located.regions.parent, value);
  }

  private async read(located: Located, id: string) {
    const attribute = regionField(located.regions);
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: itemKey(located.prefix, id),
        ProjectionExpression: "#a",
        ExpressionAttributeNames: { "#a": attribute },
      }),
    );
    return Item ? this.ofFields(located, Item) : undefined;
  }
}

/** A record the caller can't reach is not found: 404, saying nothing of where it is. */
export async function assertReaches(db: Db, caller: Caller, located: Located, record: Fields, id: string) {
  if (caller.regions === "all") return;
  if (!reaches(caller, await new RegionFinder(db).ofFields(located, record))) throw notFound(located.label, id);
}

/** The stored record `id`, and anything kept inside it (hostings, participants, alerts), out of reach: 404. */
export async function assertRecordReaches(db: Db, caller: Caller, located: Located, id: string) {
  if (caller.regions === "all") return;
  const region = await new RegionFinder(db).ofRecord(located, id);
  if (region !== undefined && !reaches(caller, region)) throw notFound(located.label, id);
}

/** A record placed (by its regionCode, or the parent it names) outside the caller's regions is refused. */
export async function assertWithinRegions(db: Db, caller: Caller, located: Located, fields: Fields) {
  if (caller.regions === "all") return;
  const region = await new RegionFinder(db).ofFields(located, fields);
  if (region === undefined || reaches(caller, region)) return;
  throw new DomainError("forbidden", `This ${located.label} would lie outside your regions`, [
    { path: regionField(located.regions), message: "Outside your regions" },
  ]);
}

/**
 * The list query as the caller may ask it: undefined when it asks for another
 * region (the answer is an empty page); with one region, narrowed to it so the
 * region's index is read rather than every region's records filtered.
 */
export async function narrowToRegions<Q extends object>(
  db: Db,
  caller: Caller,
  located: Located,
  query: Q,
): Promise<Q | undefined> {
  const { regions } = caller;
  if (regions === "all") return query;
  const asked = query as Fields;
  if (located.regions.from === "own") {
    const regionCode = typeof asked.regionCode === "string" ? asked.regionCode : undefined;
    const province = typeof asked.provinceCode === "string" ? findProvince(asked.provinceCode) : undefined;
    if ((regionCode && !regions.has(regionCode)) || (province && !regions.has(province.regionCode))) return undefined;
    const [only, ...others] = regions;
    return !regionCode && only !== undefined && others.length === 0 ? { ...query, regionCode: only } : query;
  }
  const parentId = asked[located.regions.field];
  const region =
    typeof parentId === "string" ? await new RegionFinder(db).ofRecord(located.regions.parent, parentId) : undefined;
  return region !== undefined && !regions.has(region) ? undefined : query;
}

/** The items of a page the caller may see (a page may come out shorter; its nextCursor goes on). */
export async function keepReachable<T extends object>(db: Db, caller: Caller, located: Located, items: T[]) {
  if (caller.regions === "all") return items;
  const finder = new RegionFinder(db);
  const regions = await Promise.all(items.map((item) => finder.ofFields(located, item as Fields)));
  return items.filter((_, i) => reaches(caller, regions[i]));
}
