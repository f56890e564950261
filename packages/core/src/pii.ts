import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal data under law 09-08. One secret (`Db.piiKey`, an SST secret in AWS,
 * DATA_DIR/secrets.json locally) protects it in two ways:
 * - a keyed hash (HMAC-SHA256) keeps a national ID unique and findable without
 *   ever putting it in clear in a key;
 * - AES-256-GCM encrypts the stored value, with a key derived from the secret by
 *   HKDF so the two uses never share key material.
 */

/** The HMAC uses the secret as is: the guard items already stored are keyed by it. */
export function nationalIdDigest(nationalId: string, key: string): string {
  return createHmac("sha256", key).update(nationalId.trim().toUpperCase()).digest("base64url");
}

const ENCRYPTED = "enc:v1:";
const aesKeys = new Map<string, Buffer>();

function aesKeyOf(secret: string): Buffer {
  let key = aesKeys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "entraide", "entraide personal fields aes-256-gcm", 32));
    aesKeys.set(secret, key);
  }
  return key;
}

/**
 * Encrypts one value; `context` (e.g. the record id and field) is authenticated
 * with it, so a ciphertext copied onto another record does not decrypt.
 */
export function encryptPii(value: string, secret: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", aesKeyOf(secret), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return ENCRYPTED + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** Decrypts what `encryptPii` wrote; a value stored before encryption existed comes back as is. */
export function decryptPii(stored: string, secret: string, context: string): string {
  if (!stored.startsWith(ENCRYPTED)) return stored;
  const raw = Buffer.from(stored.slice(ENCRYPTED.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", aesKeyOf(secret), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** The fields that identify a person directly: encrypted at rest, masked for whoever may not read them. */
export const personalIdentifiers = ["nationalId", "phone"] as const;

/** `BK123456` → `BK****56`: the first two and last two characters, enough to tell records apart on screen. */
export function maskIdentifier(value: string): string {
  if (value.length <= 4) return "*".repeat(value.length);
  return value.slice(0, 2) + "*".repeat(value.length - 4) + value.slice(-2);
}

/** A copy of the record with its personal identifiers masked (for audit trails and callers without `pii:read`). */
export function maskPersonalIdentifiers<T extends Record<string, unknown>>(record: T): T {
  const masked: Record<string, unknown> = { ...record };
  for (const field of personalIdentifiers) {
    if (typeof masked[field] === "string") masked[field] = maskIdentifier(masked[field] as string);
  }
  return masked as T;
}

/** Stored form of a record: its personal identifiers encrypted, bound to the record's id. */
export function encryptPersonalIdentifiers<T extends { id: string }>(record: T, secret: string): T {
  const stored: Record<string, unknown> = { ...record };
  for (const field of personalIdentifiers) {
    if (typeof stored[field] === "string")
      stored[field] = encryptPii(stored[field] as string, secret, `${field}:${record.id}`);
  }
  return stored as T;
}

export function decryptPersonalIdentifiers<T extends { id: string }>(stored: T, secret: string): T {
  const record: Record<string, unknown> = { ...stored };
  for (const field of personalIdentifiers) {
    if (typeof record[field] === "string")
      record[field] = decryptPii(record[field] as string, secret, `${field}:${stored.id}`);
  }
  return record as T;
}
