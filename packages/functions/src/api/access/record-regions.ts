import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { AID_PREFIX } from "@entraide/core/aid-distribution";
import { Id } from "@entraide/core/common";
import type { Db } from "@entraide/core/db";
import { itemKey } from "@entraide/core/entity";
import { EXHIBITION_PREFIX } from "@entraide/core/exhibition";
import { GRANT_PREFIX } from "@entraide/core/grant";
import { SPACE_PREFIX } from "@entraide/core/marketplace-space";
import { SUPPORT_PREFIX } from "@entraide/core/program-support";
import { CELL_PREFIX } from "@entraide/core/vigilance-cell";

/**
 * Record kind → how to find its region. Regional officers (and API keys
 * limited to regions) only see and change records of their regions; this
 * table is the one place that says where each kind's region comes from.
 * Keys are the kinds' paths under /api/v1.
 *
 * Records kept inside another one — a marketplace space's hostings, an
 * exhibition's participants, a vigilance cell's alerts — are reached through
 * their parent's path (`/<parent>/{id}/…`) and take the parent's region.
 * A kind missing from this table is refused to callers limited to regions.
 */
export type RegionRule =
  /** The record carries its own `regionCode`. */
  | { from: "own"; prefix: string; label: string }
  /** The region of the record its `field` points at (a kind of this table). */
  | { from: "parent"; prefix: string; label: string; field: string; parent: string }
  /** Reference data and aggregated figures: the same for every region, no personal data. */
  | { from: "none" };

const own = (prefix: string, label: string): RegionRule => ({ from: "own", prefix, label });
const parent = (prefix: string, label: string, field: string, parentKind: string): RegionRule => ({
  from: "parent",
  prefix,
  label,
  field,
  parent: parentKind,
});

export const regionRules: Record<string, RegionRule> = {
  centers: own("CENTER", "center"),
  beneficiaries: own("BENEFICIARY", "beneficiary"),
  cooperatives: own("COOPERATIVE", "cooperative"),
  "marketplace-spaces": own(SPACE_PREFIX, "marketplace space"),
  exhibitions: own(EXHIBITION_PREFIX, "exhibition"),
  "vigilance-cells": own(CELL_PREFIX, "vigilance cell"),
  enrollments: parent("ENROLLMENT", "enrollment", "beneficiaryId", "beneficiaries"),
  "aid-distributions": parent(AID_PREFIX, "aid distribution", "beneficiaryId", "beneficiaries"),
  grants: parent(GRANT_PREFIX, "grant", "beneficiaryId", "beneficiaries"),
  "program-supports": parent(SUPPORT_PREFIX, "program support", "centerId", "centers"),
  territories: { from: "none" },
  indicators: { from: "none" },
  exports: { from: "none" },
  // Each row of an import is checked against the importer's regions (core/imports/check-row.ts).
  imports: { from: "none" },
};

/** Kinds whose records lie in a region (the ones a regional officer writes). */
export const isRegional = (kind: string) => {
  const rule = regionRules[kind];
  return rule !== undefined && rule.from !== "none";
};

/** Remembers the regions found during one request: a page of enrollments often shares beneficiaries. */
export type RegionCache = Map<string, Promise<string | undefined>>;

/** The region of the record `id` of `kind`; undefined when there is no such record. */
export function regionOfRecord(db: Db, kind: string, id: string, cache: RegionCache): Promise<string | undefined> {
  const rule = regionRules[kind];
  // A malformed id names no record (the route's validation answers it).
  if (!rule || rule.from === "none" || !Id.safeParse(id).success) return Promise.resolve(undefined);
  const cacheKey = `${kind}#${id}`;
  let found = cache.get(cacheKey);
  if (!found) {
    found = readRegion(db, rule, id, cache);
    cache.set(cacheKey, found);
  }
  return found;
}

async function readRegion(db: Db, rule: Exclude<RegionRule, { from: "none" }>, id: string, cache: RegionCache) {
  const attribute = rule.from === "own" ? "regionCode" : rule.field;
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: itemKey(rule.prefix, id),
      ProjectionExpression: "#a",
      ExpressionAttributeNames: { "#a": attribute },
    }),
  );
  const value = Item?.[attribute];
  if (typeof value !== "string") return undefined;
  return rule.from === "own" ? value : regionOfRecord(db, rule.parent, value, cache);
}

/** The region of a record (or a record about to be created) of `kind`, from its fields. */
export async function regionOfFields(db: Db, kind: string, fields: Record<string, unknown>, cache: RegionCache) {
  const rule = regionRules[kind];
  if (!rule || rule.from === "none") return undefined;
  if (rule.from === "own") return typeof fields.regionCode === "string" ? fields.regionCode : undefined;
  const parentId = fields[rule.field];
  return typeof parentId === "string" ? regionOfRecord(db, rule.parent, parentId, cache) : undefined;
}
