// The app first: it teaches zod the OpenAPI methods before any schema is made.
import "../../../packages/functions/src/api/app.js";

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "@entraide/core/db";
import { folderExportStore } from "../../../packages/functions/src/jobs/folder-export-store.js";
import { testApi } from "../../support/api.js";
import { aBeneficiary, aCenter, aCooperative, aSpace } from "../../support/fixtures.js";
import { created } from "../../support/requests.js";

export type Api = Awaited<ReturnType<typeof testApi>>;

/** The app on a fresh table, with the bilan's exports in a temporary folder and runs that don't start. */
export const securityApi = (options: Parameters<typeof testApi>[0] = {}) =>
  testApi({
    indicators: { store: folderExportStore(mkdtempSync(join(tmpdir(), "entraide-exports-"))), launch: async () => {} },
    ...options,
  });

/** Where each region's records are placed: Casablanca (the regional officer's) and Agadir (another region). */
export const places = {
  own: { regionCode: "MA-06", provinceCode: "MA-CAS" },
  other: { regionCode: "MA-09", provinceCode: "MA-AGD" },
} as const;
export type Side = keyof typeof places;

/** The national IDs and phones of the two regions' beneficiaries. */
export const people = {
  own: { nationalId: "BK123456", phone: "0612345678" },
  other: { nationalId: "JA654321", phone: "0698765432" },
} as const;

/** A record as the API answered its creation. */
type Made = { id: string } & Record<string, unknown>;
/** The kinds of record `buildRegion` makes in a region, by their API path. */
type RegionKind =
  | "centers"
  | "beneficiaries"
  | "cooperatives"
  | "marketplace-spaces"
  | "exhibitions"
  | "vigilance-cells"
  | "enrollments"
  | "aid-distributions"
  | "grants"
  | "program-supports"
  | "hosts"
  | "participants"
  | "alerts";
/** A region's records by kind: one of each kind `buildRegion` makes, and any a test adds (an API key…). */
export type Records = Record<RegionKind, Made> & Partial<Record<string, Made>>;

/** One record of every kind in a region, made by an administrator. */
export async function buildRegion(api: Api, side: Side): Promise<Records> {
  const place = places[side];
  const post = (path: string, body: unknown) => created(api.call, path, body);
  const center = await post("/api/v1/centers", aCenter({ ...place, type: "social_protection" }));
  const beneficiary = await post(
    "/api/v1/beneficiaries",
    aBeneficiary({ ...place, ...people[side], categories: ["disability"], disabilityType: "motor" }),
  );
  const cooperative = await post("/api/v1/cooperatives", aCooperative(place));
  const space = await post("/api/v1/marketplace-spaces", aSpace(place));
  const exhibition = await post("/api/v1/exhibitions", {
    name: "Salon de l'économie sociale",
    scope: "regional",
    ...place,
    startDate: "2024-04-10",
    endDate: "2024-04-20",
  });
  const cell = await post("/api/v1/vigilance-cells", { ...place, establishedOn: "2019-11-15", members: 9 });
  return {
    centers: center,
    beneficiaries: beneficiary,
    cooperatives: cooperative,
    "marketplace-spaces": space,
    exhibitions: exhibition,
    "vigilance-cells": cell,
    enrollments: await post("/api/v1/enrollments", {
      beneficiaryId: beneficiary.id,
      centerId: center.id,
      service: "training",
      startDate: "2024-01-08",
    }),
    "aid-distributions": await post("/api/v1/aid-distributions", {
      beneficiaryId: beneficiary.id,
      kind: "food",
      date: "2024-01-15",
      description: "Panier alimentaire",
      quantity: 1,
      valueMad: 250,
    }),
    grants: await post("/api/v1/grants", {
      beneficiaryId: beneficiary.id,
      amountMad: 30000,
      awardedOn: "2024-03-05",
      activity: "Atelier de couture",
      status: "awarded",
    }),
    "program-supports": await post("/api/v1/program-supports", { centerId: center.id, year: 2024, amountMad: 180000 }),
    hosts: await post(`/api/v1/marketplace-spaces/${space.id}/hosts`, {
      cooperativeId: cooperative.id,
      from: "2024-02-01",
    }),
    participants: await post(`/api/v1/exhibitions/${exhibition.id}/participants`, {
      cooperativeId: cooperative.id,
      salesMad: 1200,
    }),
    alerts: await post(`/api/v1/vigilance-cells/${cell.id}/alerts`, {
      date: "2024-01-20",
      kind: "cold_wave",
      description: "Personne sans abri",
      status: "open",
    }),
  };
}

/** An id no record has. */
export const unknownId = "01J0000000000000000000ZZZZ";

/**
 * A template path of the OpenAPI document with real ids of one region's
 * records: `{id}` is the record of the path's kind, the other parameters the
 * records inside it. `resolved` is false when some parameter named no record.
 */
export function fillPath(
  template: string,
  records: Records,
  extra: Record<string, string> = {},
): { path: string; resolved: boolean } {
  const segments = template.split("/");
  const kind = segments[3] ?? "";
  let resolved = true;
  const path = segments
    .map((segment, i) => {
      const name = /^{(.+)}$/.exec(segment)?.[1];
      if (!name) return segment;
      const value =
        extra[name] ??
        (name === "id" ? records[kind]?.id : undefined) ??
        (name === "hostId" ? records.hosts?.id : undefined) ??
        (name === "cooperativeId" && segments[i - 1] === "participants" ? records.cooperatives?.id : undefined) ??
        (name === "alertId" ? records.alerts?.id : undefined);
      if (value === undefined) resolved = false;
      return value ?? unknownId;
    })
    .join("/");
  return { path, resolved };
}

/** Every item of the table, as stored. */
export async function scanAll(db: Db): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({ TableName: db.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The operations of the OpenAPI document: method, template path, and the operation itself. */
export function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}
