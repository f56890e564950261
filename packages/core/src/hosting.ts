import * as z from "zod";
import { indexKeysOf } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { checkNotBefore, Id, IsoDate, listShape, systemShape } from "./common.js";
import { COOPERATIVE_PREFIX } from "./cooperative.js";
import type { Db } from "./db.js";
import { DomainError } from "./errors.js";
import { guardKey } from "./held-places.js";
import { marketplaceSpaces, SPACE_PREFIX } from "./marketplace-space.js";
import { createChildRepository } from "./sub-records.js";

/**
 * A cooperative hosted by a solidarity marketplace space. A hosting without
 * `to` is current and takes one stall; ending it (setting `to`) frees the
 * stall. A hosting created with `to` records a past stay and takes none.
 */
const HostingFields = z.strictObject({ cooperativeId: Id, from: IsoDate, to: IsoDate.optional() });
type HostingFields = z.infer<typeof HostingFields>;
const hostingRules = (h: HostingFields, ctx: z.RefinementCtx) =>
  checkNotBefore(ctx, h.from, h.to, "to", "to is before from");
export const HostingEnd = z.strictObject({ to: IsoDate });
export const Hosting = z.object({
  spaceId: Id,
  cooperativeId: Id,
  from: IsoDate,
  to: IsoDate.optional(),
  ...systemShape,
});
export type Hosting = z.infer<typeof Hosting>;
export const HostingListQuery = z.strictObject({ ...listShape, current: z.enum(["true", "false"]).optional() });

export const HOSTING_ENTITY = "HOSTING";
const holds = (hosting: Record<string, unknown>) => hosting.to === undefined;

export const hostings = createChildRepository({
  label: "hosting",
  regions: { from: "parent", field: "spaceId", parent: marketplaceSpaces.def },
  entity: HOSTING_ENTITY,
  parent: { prefix: SPACE_PREFIX, label: "marketplace space", field: "spaceId" },
  skPrefix: "HOST",
  fields: HostingFields,
  rules: hostingRules,
  keyOf: (_, id) => id,
  duplicate: { path: "id", message: "Duplicate hosting id" },
  // A cooperative's hostings: the spaces that host (or hosted) it.
  patterns: { byCooperative: { index: "gsi1", pk: `${COOPERATIVE_PREFIX}#{cooperativeId}#HOSTINGS`, sk: "{id}" } },
  listFilters: {
    current: (current: "true" | "false") => ({
      expression: current === "true" ? "attribute_not_exists(#to)" : "attribute_exists(#to)",
      names: { "#to": "to" },
      values: {},
    }),
  },
  references: (h) => [
    { field: "cooperativeId", prefix: COOPERATIVE_PREFIX, label: "cooperative", id: h.cooperativeId },
  ],
  held: {
    holds,
    counter: "hostsActive",
    limit: "stalls",
    open: {
      refusal: (space) =>
        space.status === "active" ? undefined : new DomainError("conflict", "This marketplace space is closed"),
      condition: {
        expression: "#status = :active",
        names: { "#status": "status" },
        values: { ":active": "active" },
        description: "open",
      },
    },
    full: (space) => new DomainError("conflict", `All ${space.stalls} stalls of this space are taken`),
    // One guard per cooperative in the space's partition, owned by its current hosting.
    guard: {
      skPrefix: "HOSTED",
      keyOf: (hosting) => String(hosting.cooperativeId),
      taken: () =>
        new DomainError("conflict", "This cooperative is already hosted here", [
          { path: "cooperativeId", message: "Already hosted by this space" },
        ]),
    },
    end: {
      fields: HostingEnd,
      refusal: (hosting, { to }) => {
        if (!holds(hosting)) return new DomainError("conflict", `This hosting ended on ${hosting.to}`);
        if (String(to) < String(hosting.from))
          return new DomainError("validation_failed", "to is before from", [
            { path: "to", message: "to is before from" },
          ]);
        return undefined;
      },
      apply: (hosting, { to }) => ({ ...hosting, to }),
    },
  },
});

/** A new hosting's body, with its rules: what the route validates, once. */
export const HostingInput = hostings.createSchema;

/** The stored item of a hosting, as the API writes it (for the seeds' bulk writes). */
export const hostingItem = (hosting: Hosting) => ({
  ...hosting,
  pk: `${SPACE_PREFIX}#${hosting.spaceId}`,
  sk: `HOST#${hosting.id}`,
  ...indexKeysOf(hostings.def.patterns, hosting),
  entity: HOSTING_ENTITY,
});
/** The guard of a current hosting (for the seeds' bulk writes). */
export function hostedGuardItem(hosting: Pick<Hosting, "spaceId" | "cooperativeId" | "id">) {
  const held = hostings.def.held;
  if (!held) throw new Error("hostings: a hosting holds a stall (held)");
  return { ...guardKey(held, `${SPACE_PREFIX}#${hosting.spaceId}`, hosting), owner: hosting.id };
}

export const hostCooperative = async (db: Db, caller: Caller, spaceId: string, input: unknown) =>
  (await hostings.create(db, caller, spaceId, input)) as Hosting;

/** A hosting from a body `HostingInput` validated (the route's): not validated again. */
export const hostValidCooperative = async (
  db: Db,
  caller: Caller,
  spaceId: string,
  fields: z.output<typeof HostingInput>,
) => (await hostings.createValid(db, caller, spaceId, fields)) as Hosting;

export const getHosting = async (db: Db, caller: Caller, spaceId: string, id: string) =>
  (await hostings.get(db, caller, spaceId, id)) as Hosting;

export async function listHostings(db: Db, caller: Caller, spaceId: string, query: z.infer<typeof HostingListQuery>) {
  const page = await hostings.list(db, caller, spaceId, query);
  return { items: page.items as Hosting[], nextCursor: page.nextCursor };
}

/** The spaces that host (or hosted) one cooperative. */
export async function listHostingsOfCooperative(
  db: Db,
  cooperativeId: string,
  query: { limit: number; cursor?: string },
) {
  const page = await hostings.listBy(db, { ...query, cooperativeId });
  return { items: page.items as Hosting[], nextCursor: page.nextCursor };
}

export const endHosting = async (
  db: Db,
  caller: Caller,
  spaceId: string,
  id: string,
  expectedVersion: number,
  input: unknown,
) => (await hostings.end(db, caller, spaceId, id, expectedVersion, input)) as Hosting;

export const deleteHosting = (db: Db, caller: Caller, spaceId: string, id: string, expectedVersion?: number) =>
  hostings.remove(db, caller, spaceId, id, expectedVersion);
