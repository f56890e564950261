import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import * as z from "zod";
import { type AccessPatterns, indexKeysOf } from "./access-patterns.js";
import { auditOp } from "./audit.js";
import type { Caller } from "./caller.js";
import { checkNotBefore, Id, IsoDate, listShape, systemShape } from "./common.js";
import { COOPERATIVE_PREFIX } from "./cooperative.js";
import type { Db } from "./db.js";
import { assertVersion, referenceOp, toRecord, writeAll } from "./entity.js";
import { DomainError, notFound } from "./errors.js";
import { listPage } from "./list-planner.js";
import { type MarketplaceSpace, marketplaceSpaces, SPACE_PREFIX } from "./marketplace-space.js";
import { assertRecordReaches } from "./region-checks.js";
import type { WriteOp } from "./store.js";
import { parseOrThrow } from "./validation.js";

/**
 * A cooperative hosted by a solidarity marketplace space. A hosting without
 * `to` is current and takes one stall; ending it (setting `to`) frees the
 * stall. A hosting created with `to` records a past stay and takes none.
 */
export const HostingInput = z
  .strictObject({ cooperativeId: Id, from: IsoDate, to: IsoDate.optional() })
  .superRefine((h, ctx) => checkNotBefore(ctx, h.from, h.to, "to", "to is before from"));
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
/** A space's hostings (in its partition), and a cooperative's. */
export const hostingPatterns = {
  byParent: { index: "table", pk: `${SPACE_PREFIX}#{spaceId}`, sk: "HOST#{id}" },
  byCooperative: { index: "gsi1", pk: `${COOPERATIVE_PREFIX}#{cooperativeId}#HOSTINGS`, sk: "{id}" },
} satisfies AccessPatterns;
const currentFilter = {
  current: (current: "true" | "false") => ({
    expression: current === "true" ? "attribute_not_exists(#to)" : "attribute_exists(#to)",
    names: { "#to": "to" },
    values: {},
  }),
};

const hostingKey = (spaceId: string, id: string) => ({ pk: `${SPACE_PREFIX}#${spaceId}`, sk: `HOST#${id}` });
const spaceKey = (spaceId: string) => ({ pk: `${SPACE_PREFIX}#${spaceId}`, sk: SPACE_PREFIX });
const hostedGuardKey = (spaceId: string, cooperativeId: string) => ({
  pk: `${SPACE_PREFIX}#${spaceId}`,
  sk: `HOSTED#${cooperativeId}`,
});
/** The stored item of a hosting, as the API and the seeds write it. */
export const hostingItem = (hosting: Hosting) => ({
  ...hosting,
  ...hostingKey(hosting.spaceId, hosting.id),
  ...indexKeysOf(hostingPatterns, hosting),
  entity: HOSTING_ENTITY,
});
/** The guard that keeps a cooperative hosted once at a time by a space, owned by its current hosting. */
export const hostedGuardItem = (hosting: Pick<Hosting, "spaceId" | "cooperativeId" | "id">) => ({
  ...hostedGuardKey(hosting.spaceId, hosting.cooperativeId),
  owner: hosting.id,
});
const spaceRef = (id: string) => ({ field: "spaceId", prefix: SPACE_PREFIX, label: "marketplace space", id });
const cooperativeRef = (id: string) => ({
  field: "cooperativeId",
  prefix: COOPERATIVE_PREFIX,
  label: "cooperative",
  id,
});

export async function hostCooperative(db: Db, caller: Caller, spaceId: string, input: unknown): Promise<Hosting> {
  const fields = parseOrThrow(HostingInput, input);
  const space = await marketplaceSpaces.get(db, caller, spaceId);
  if (space.status !== "active") throw new DomainError("conflict", "This marketplace space is closed");
  const now = new Date().toISOString();
  const hosting: Hosting = { spaceId, ...fields, id: ulid(), version: 1, createdAt: now, updatedAt: now };
  const current = !hosting.to;
  const full = () => new DomainError("conflict", `All ${space.stalls} stalls of this space are taken`);
  if (current && ((space as MarketplaceSpace).hostsActive ?? 0) >= space.stalls) throw full();
  const ops: WriteOp[] = [
    {
      item: {
        Put: {
          TableName: "",
          Item: hostingItem(hosting),
        },
      },
      onConditionFailed: () => new DomainError("conflict", "Duplicate hosting id"),
    },
    // The stall count and the status are checked in the same transaction: two
    // requests for the last stall can't both win.
    {
      item: {
        Update: {
          TableName: "",
          Key: spaceKey(spaceId),
          UpdateExpression: current
            ? "SET hostsActive = if_not_exists(hostsActive, :zero) + :one ADD refs :one"
            : "ADD refs :one",
          ConditionExpression: current
            ? "attribute_exists(pk) AND #status = :active AND (attribute_not_exists(hostsActive) OR hostsActive < stalls)"
            : "attribute_exists(pk)",
          ExpressionAttributeNames: current ? { "#status": "status" } : undefined,
          ExpressionAttributeValues: current ? { ":zero": 0, ":one": 1, ":active": "active" } : { ":one": 1 },
        },
      },
      onConditionFailed: full,
    },
    referenceOp(cooperativeRef(hosting.cooperativeId), 1),
    auditOp(caller, { entity: HOSTING_ENTITY, entityId: hosting.id, action: "create", after: hosting }),
  ];
  if (current) {
    ops.push({
      item: {
        Put: {
          TableName: "",
          Item: hostedGuardItem(hosting),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      onConditionFailed: () =>
        new DomainError("conflict", "This cooperative is already hosted here", [
          { path: "cooperativeId", message: "Already hosted by this space" },
        ]),
    });
  }
  await writeAll(db, ops);
  return hosting;
}

/** A space's hostings lie in its region: out of the caller's reach with it. */
export async function getHosting(db: Db, caller: Caller, spaceId: string, id: string): Promise<Hosting> {
  await assertRecordReaches(db, caller, marketplaceSpaces.def, spaceId);
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: hostingKey(spaceId, id) }));
  if (!Item) throw notFound("hosting", id);
  return toRecord<Hosting>(Item);
}

export async function listHostings(db: Db, caller: Caller, spaceId: string, query: z.infer<typeof HostingListQuery>) {
  await marketplaceSpaces.get(db, caller, spaceId);
  const page = await listPage(db, hostingPatterns, { ...query, spaceId }, currentFilter);
  return { items: page.items.map((i) => toRecord<Hosting>(i)), nextCursor: page.nextCursor };
}

/** The spaces that host (or hosted) one cooperative. */
export async function listHostingsOfCooperative(
  db: Db,
  cooperativeId: string,
  query: { limit: number; cursor?: string },
) {
  const page = await listPage(db, hostingPatterns, { ...query, cooperativeId });
  return { items: page.items.map((i) => toRecord<Hosting>(i)), nextCursor: page.nextCursor };
}

export async function endHosting(
  db: Db,
  caller: Caller,
  spaceId: string,
  id: string,
  expectedVersion: number,
  input: unknown,
): Promise<Hosting> {
  const { to } = parseOrThrow(HostingEnd, input);
  const hosting = await getHosting(db, caller, spaceId, id);
  assertVersion("hosting", hosting.version, expectedVersion);
  if (hosting.to) throw new DomainError("conflict", `This hosting ended on ${hosting.to}`);
  if (to < hosting.from)
    throw new DomainError("validation_failed", "to is before from", [{ path: "to", message: "to is before from" }]);
  const ended: Hosting = { ...hosting, to, version: hosting.version + 1, updatedAt: new Date().toISOString() };
  await writeAll(db, [
    {
      item: {
        Update: {
          TableName: "",
          Key: hostingKey(spaceId, id),
          UpdateExpression: "SET #to = :to, version = :next, updatedAt = :now",
          ConditionExpression: "version = :v AND attribute_not_exists(#to)",
          ExpressionAttributeNames: { "#to": "to" },
          ExpressionAttributeValues: {
            ":to": to,
            ":next": ended.version,
            ":now": ended.updatedAt,
            ":v": hosting.version,
          },
        },
      },
      onConditionFailed: () =>
        new DomainError("precondition_failed", "The hosting was changed by someone else; reload it and retry"),
    },
    ...freeStall(spaceId, hosting.cooperativeId),
    auditOp(caller, { entity: HOSTING_ENTITY, entityId: id, action: "update", before: hosting, after: ended }),
  ]);
  return ended;
}

export async function deleteHosting(
  db: Db,
  caller: Caller,
  spaceId: string,
  id: string,
  expectedVersion?: number,
): Promise<void> {
  const hosting = await getHosting(db, caller, spaceId, id);
  assertVersion("hosting", hosting.version, expectedVersion);
  await writeAll(db, [
    {
      item: {
        Delete: {
          TableName: "",
          Key: hostingKey(spaceId, id),
          ConditionExpression: "version = :v",
          ExpressionAttributeValues: { ":v": hosting.version },
        },
      },
      onConditionFailed: () =>
        new DomainError("precondition_failed", "The hosting was changed by someone else; reload it and retry"),
    },
    // One transaction can't touch the space item twice: a current hosting frees its stall and its reference in one update.
    ...(hosting.to ? [referenceOp(spaceRef(spaceId), -1)] : freeStall(spaceId, hosting.cooperativeId, true)),
    referenceOp(cooperativeRef(hosting.cooperativeId), -1),
    auditOp(caller, { entity: HOSTING_ENTITY, entityId: id, action: "delete", before: hosting }),
  ]);
}

function freeStall(spaceId: string, cooperativeId: string, dropReference = false): WriteOp[] {
  const raced = () => new DomainError("conflict", "Another request changed this hosting at the same moment; retry");
  const update = dropReference ? "ADD hostsActive :minus, refs :minus" : "ADD hostsActive :minus";
  return [
    {
      item: {
        Update: {
          TableName: "",
          Key: spaceKey(spaceId),
          UpdateExpression: update,
          ExpressionAttributeValues: { ":minus": -1 },
        },
      },
      onConditionFailed: raced,
    },
    { item: { Delete: { TableName: "", Key: hostedGuardKey(spaceId, cooperativeId) } }, onConditionFailed: raced },
  ];
}
