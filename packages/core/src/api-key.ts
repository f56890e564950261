import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import * as z from "zod";
import { type AccessPatterns, indexKeysOf } from "./access-patterns.js";
import { auditOp } from "./audit.js";
import type { Caller } from "./caller.js";
import { Id, listShape } from "./common.js";
import type { Db } from "./db.js";
import { itemKey, toRecord, writeAll } from "./entity.js";
import { DomainError, notFound } from "./errors.js";
import { listPage } from "./list-planner.js";
import { RegionCode } from "./territory.js";
import { parseOrThrow } from "./validation.js";

/**
 * Keys of partner apps. A key is `ek_live_<id><secret>`: the id finds the
 * record in one read, the secret (32 random bytes) is never stored — only the
 * SHA-256 of the whole key, enough for a value with 256 bits of entropy.
 */
export const API_KEY_PREFIX = "APIKEY";
/** Every key, oldest first: a handful, written one by one, so one partition. */
export const apiKeyPatterns = { allOfKind: { index: "gsi3", pk: API_KEY_PREFIX, sk: "{id}" } } satisfies AccessPatterns;
const KEY_START = "ek_live_";
const ID_LENGTH = 26;
/** lastUsedAt moves at most once a minute: a busy key would otherwise write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

const eachOnce = (list: string[]) => new Set(list).size === list.length;
export const Scope = z.string().regex(/^[a-z][a-z-]*:(read|write)$/, "Expected a scope such as centers:read");

export const ApiKeyInput = z.strictObject({
  name: z.string().trim().min(2).max(100),
  scopes: z.array(Scope).min(1, "At least one scope").max(100).refine(eachOnce, "Each scope once"),
  regions: z.array(RegionCode).min(1).max(12).refine(eachOnce, "Each region once").optional(),
  expiresAt: z.iso.datetime({ message: "Expected a date-time, e.g. 2026-12-31T23:59:59Z" }).optional(),
});

export const ApiKey = z.object({
  id: Id,
  name: z.string(),
  scopes: z.array(z.string()),
  regions: z.array(z.string()).optional(),
  expiresAt: z.string().optional(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  revokedAt: z.iso.datetime().optional(),
  lastUsedAt: z.iso.datetime().optional(),
});
export type ApiKey = z.infer<typeof ApiKey>;

const hashOf = (key: string) => createHash("sha256").update(key).digest();
const recordOf = (item: Record<string, unknown>): ApiKey => {
  const { keyHash: _hash, ...record } = toRecord<ApiKey & { keyHash?: string }>(item);
  return record;
};

/** Creates a key; `grantable` is every scope a key may carry. The clear key is in the answer only. */
export async function createApiKey(
  db: Db,
  caller: Caller,
  input: unknown,
  grantable: ReadonlySet<string>,
): Promise<{ apiKey: ApiKey; key: string }> {
  const fields = parseOrThrow(
    ApiKeyInput.superRefine((k, ctx) => {
      k.scopes.forEach((scope, i) => {
        if (!grantable.has(scope))
          ctx.addIssue({ code: "custom", path: ["scopes", i], message: `Unknown scope ${scope}` });
      });
      if (k.expiresAt && Date.parse(k.expiresAt) <= Date.now()) {
        ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "expiresAt is in the past" });
      }
    }),
    input,
  );
  const id = ulid();
  const key = `${KEY_START}${id}${randomBytes(32).toString("base64url")}`;
  const apiKey: ApiKey = { ...fields, id, createdAt: new Date().toISOString(), createdBy: caller.actor };
  const item = {
    ...apiKey,
    ...itemKey(API_KEY_PREFIX, id),
    entity: API_KEY_PREFIX,
    keyHash: hashOf(key).toString("hex"),
    ...indexKeysOf(apiKeyPatterns, apiKey),
  };
  await writeAll(db, [
    {
      item: { Put: { TableName: "", Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
      onConditionFailed: () => new DomainError("conflict", "Two keys got the same id; retry"),
    },
    auditOp(caller, { entity: API_KEY_PREFIX, entityId: id, action: "create", after: apiKey }),
  ]);
  return { apiKey, key };
}

export async function getApiKey(db: Db, id: string): Promise<ApiKey> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: itemKey(API_KEY_PREFIX, id) }));
  if (!Item) throw notFound("API key", id);
  return recordOf(Item);
}

export const ApiKeyListQuery = z.strictObject(listShape);

export async function listApiKeys(db: Db, page: z.infer<typeof ApiKeyListQuery>) {
  const found = await listPage(db, apiKeyPatterns, page);
  return { items: found.items.map(recordOf), nextCursor: found.nextCursor };
}

/** Revoking twice is harmless: the second time answers the key as it is. */
export async function revokeApiKey(db: Db, caller: Caller, id: string): Promise<ApiKey> {
  const current = await getApiKey(db, id);
  if (current.revokedAt) return current;
  const revoked: ApiKey = { ...current, revokedAt: new Date().toISOString() };
  await writeAll(db, [
    {
      item: {
        Update: {
          TableName: "",
          Key: itemKey(API_KEY_PREFIX, id),
          UpdateExpression: "SET revokedAt = :at",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(revokedAt)",
          ExpressionAttributeValues: { ":at": revoked.revokedAt },
        },
      },
      onConditionFailed: () => new DomainError("conflict", "The key was revoked or deleted meanwhile"),
    },
    auditOp(caller, { entity: API_KEY_PREFIX, entityId: id, action: "update", before: current, after: revoked }),
  ]);
  return revoked;
}

/** The live key a presented value stands for, or undefined (unknown, wrong secret, revoked or expired). */
export async function findApiKey(db: Db, presented: string): Promise<ApiKey | undefined> {
  if (!presented.startsWith(KEY_START) || presented.length > 200) return undefined;
  const id = presented.slice(KEY_START.length, KEY_START.length + ID_LENGTH);
  if (!Id.safeParse(id).success) return undefined;
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: itemKey(API_KEY_PREFIX, id), ConsistentRead: true }),
  );
  if (!Item || typeof Item.keyHash !== "string") return undefined;
  const stored = Buffer.from(Item.keyHash, "hex");
  if (!timingSafeEqual(stored, hashOf(presented))) return undefined;
  const apiKey = recordOf(Item);
  if (apiKey.revokedAt || (apiKey.expiresAt && Date.parse(apiKey.expiresAt) <= Date.now())) return undefined;
  return apiKey;
}

/** Records the key's use, unless it was recorded less than a minute ago (by this or another instance). */
export async function touchApiKey(db: Db, apiKey: ApiKey, now = new Date()): Promise<void> {
  if (apiKey.lastUsedAt && now.getTime() - Date.parse(apiKey.lastUsedAt) < TOUCH_INTERVAL_MS) return;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: itemKey(API_KEY_PREFIX, apiKey.id),
        UpdateExpression: "SET lastUsedAt = :now",
        ConditionExpression: "attribute_exists(pk) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :before)",
        ExpressionAttributeValues: {
          ":now": now.toISOString(),
          ":before": new Date(now.getTime() - TOUCH_INTERVAL_MS).toISOString(),
        },
      }),
    );
  } catch (error) {
    // Another request recorded it first: nothing to do.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
