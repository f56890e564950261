import { createHash } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "@entraide/core/db";
import { decryptPii, encryptPii } from "@entraide/core/pii";
import type { Context, MiddlewareHandler, Next } from "hono";
import type { ContentfulStatusCode, ContentlessStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";

/**
 * `Idempotency-Key` on a POST: a retried request (same key, same caller)
 * gets the first answer — status, body, Location, ETag — and writes nothing
 * again. The first request claims the key with a conditional put; its answer
 * is kept 24 h (TTL attribute `expiresAt`), encrypted, since it may hold
 * personal data. A retry arriving while the first runs waits for its answer.
 * A refused request (4xx, 5xx) keeps nothing: it changed nothing.
 */
const LIFETIME_S = 24 * 3600;
const WAIT_MS = 15_000;
const KEY_FORM = /^[A-Za-z0-9_.:-]{1,128}$/;
const replayedHeaders = ["content-type", "location", "etag"];

/** Where a key's claim and kept answer live: one item per caller and key. */
interface ItemKey {
  pk: string;
  sk: string;
}

interface Stored {
  fingerprint: string;
  state: "pending" | "done";
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  expiresAt: number;
}

export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    const caller = c.var.caller;
    if (c.req.method !== "POST" || key === undefined || !caller) return next();
    if (!KEY_FORM.test(key)) {
      return errorResponse(c, 400, "validation_failed", "Idempotency-Key must be 1–128 letters, digits or _ . : -", [
        { path: "Idempotency-Key", message: "Expected e.g. a UUID" },
      ]);
    }
    const db = c.var.db;
    const itemKey = { pk: `IDEMPOTENCY#${caller.actor}#${key}`, sk: "IDEMPOTENCY" };
    // The body's text is hashed, not parsed: Hono reads it once and keeps it for the route's validator.
    const fingerprint = createHash("sha256")
      .update(`${c.req.method} ${c.req.path}\n`)
      .update(await c.req.text())
      .digest("base64url");
    const deadline = Date.now() + WAIT_MS;
    for (let pause = 20; ; pause = Math.min(pause * 2, 500)) {
      if (await claim(db, itemKey, fingerprint)) return run(c, next, db, itemKey);
      const { Item } = await db.doc.send(
        new GetCommand({ TableName: db.tableName, Key: itemKey, ConsistentRead: true }),
      );
      const stored = Item as Stored | undefined;
      if (!stored) continue; // the first request failed on our side and let go meanwhile: claim it
      if (stored.fingerprint !== fingerprint) {
        return errorResponse(
          c,
          422,
          "unprocessable",
          "This Idempotency-Key was used for another request: use a new key for a new request",
          [{ path: "Idempotency-Key", message: "Already used with another body" }],
        );
      }
      if (stored.state === "done") return replay(c, db, itemKey, stored);
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, pause)); // the first request still runs
    }
    return errorResponse(
      c,
      409,
      "conflict",
      "A request with this Idempotency-Key is still being processed; retry in a moment",
    );
  };
}

/** Runs the request that claimed the key and keeps its answer. */
async function run(c: Context<AppEnv>, next: Next, db: Db, key: ItemKey) {
  try {
    await next();
  } catch (error) {
    await release(db, key);
    throw error;
  }
  // Only what was done is kept: a refused request changed nothing, and a retry may run it again.
  if (c.res.status < 300) await keepAnswer(db, key, c.res.clone());
  else await release(db, key);
}

function replay(c: Context<AppEnv>, db: Db, key: ItemKey, stored: Stored): Response {
  c.header("Idempotent-Replayed", "true");
  for (const [name, value] of Object.entries(stored.headers ?? {})) c.header(name, value);
  const status = stored.status ?? 200;
  if (isContentless(status)) return c.body(null, status);
  if (!isContentful(status)) throw new Error(`A kept answer has the status ${status}`);
  return c.body(decryptPii(stored.body ?? "", db.piiKey, key.pk), status);
}

const contentless = [101, 204, 205, 304];
const isContentless = (status: number): status is ContentlessStatusCode => contentless.includes(status);
/** Only answers below 300 are kept: a kept status is one HTTP knows. */
const isContentful = (status: number): status is ContentfulStatusCode =>
  status >= 100 && status <= 599 && !isContentless(status);

async function claim(db: Db, key: ItemKey, fingerprint: string): Promise<boolean> {
  const now = Math.floor(Date.now() / 1000);
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...key, entity: "IDEMPOTENCY", fingerprint, state: "pending", expiresAt: now + LIFETIME_S },
        // DynamoDB deletes expired items within days, not at once: an expired one counts as absent.
        ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
        ExpressionAttributeValues: { ":now": now },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function keepAnswer(db: Db, key: ItemKey, response: Response) {
  const headers: Record<string, string> = {};
  for (const name of replayedHeaders) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const body = encryptPii(await response.text(), db.piiKey, key.pk);
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: key,
      UpdateExpression: "SET #state = :done, #status = :status, #headers = :headers, #body = :body",
      ExpressionAttributeNames: { "#state": "state", "#status": "status", "#headers": "headers", "#body": "body" },
      ExpressionAttributeValues: { ":done": "done", ":status": response.status, ":headers": headers, ":body": body },
    }),
  );
}

const release = (db: Db, key: ItemKey) => db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: key }));
