import { type JsonWebKey, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newSigningKey } from "../auth/local-identity.js";
import { hashPassword, newPassword } from "../auth/passwords.js";

/**
 * Local secrets live in DATA_DIR/secrets.json (mode 600), made on first start;
 * in AWS they come from SST secrets and Cognito:
 * - `piiKey`: the key of the personal-data hashes and encryption;
 * - `signingKey`: the local issuer's private key (ES256) for staff tokens;
 * - `passwordHash`: the scrypt hash of the local staff password, when it was generated here.
 */
export interface LocalSecrets {
  piiKey: string;
  signingKey: JsonWebKey;
  passwordHash?: string;
}

const fileOf = (dataDir: string) => join(dataDir, "secrets.json");

function save(dataDir: string, secrets: LocalSecrets) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(fileOf(dataDir), JSON.stringify(secrets, null, 2), { mode: 0o600 });
}

/** Reads the secrets, adding any missing one (an older DATA_DIR has the PII key only). */
export function localSecrets(dataDir: string): LocalSecrets {
  const file = fileOf(dataDir);
  const stored: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  if (stored.piiKey && stored.signingKey) return stored as LocalSecrets;
  const secrets = {
    ...stored,
    piiKey: stored.piiKey ?? randomBytes(32).toString("base64url"),
    signingKey: stored.signingKey ?? newSigningKey(),
  };
  save(dataDir, secrets);
  return secrets;
}

/**
 * The hash of the local staff password: of `given` (ENTRAIDE_LOCAL_PASSWORD)
 * when set, else the one kept in DATA_DIR, else of a new password — returned
 * once as `generated` so `npm start` can print it; only its hash is kept.
 */
export async function localPassword(
  dataDir: string,
  given?: string,
): Promise<{ passwordHash: string; generated?: string }> {
  if (given) return { passwordHash: await hashPassword(given) };
  const secrets = localSecrets(dataDir);
  if (secrets.passwordHash) return { passwordHash: secrets.passwordHash };
  const generated = newPassword();
  const passwordHash = await hashPassword(generated);
  save(dataDir, { ...secrets, passwordHash });
  return { passwordHash, generated };
}

/** The staff password's hash as kept in DATA_DIR now (`npm run reset-password` may have changed it since the start). */
export function keptPasswordHash(dataDir: string, fallback: string): string {
  try {
    return (JSON.parse(readFileSync(fileOf(dataDir), "utf8")) as LocalSecrets).passwordHash ?? fallback;
  } catch {
    return fallback;
  }
}

/** Replaces the local staff password kept in DATA_DIR (by `given`, else a new one, returned). */
export async function resetLocalPassword(dataDir: string, given?: string): Promise<string> {
  const secrets = localSecrets(dataDir);
  const password = given ?? newPassword();
  save(dataDir, { ...secrets, passwordHash: await hashPassword(password) });
  return password;
}
