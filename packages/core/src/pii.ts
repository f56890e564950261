import { createHmac } from "node:crypto";

/**
 * A keyed hash of a national ID: it keeps the ID unique and findable without
 * ever putting it in clear in a key. The key comes from configuration.
 */
export function nationalIdDigest(nationalId: string, key: string): string {
  return createHmac("sha256", key).update(nationalId.trim().toUpperCase()).digest("base64url");
}
