import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The security headers of the console's pages, the same in `npm start` and
 * in CloudFront's response-headers policy (stacks/ConsoleHost.ts).
 *
 * - Scripts: only the console's own files, and the one script index.html
 *   carries inline (the first screen, which must start before any file has
 *   come), allowed by its SHA-256 alone: never `'unsafe-inline'`.
 * - Styles: MUI's emotion writes `<style>` elements at run time, and a static
 *   site on CloudFront cannot hand out a fresh nonce per page, so inline
 *   styles are allowed — styles, not scripts.
 * - connect-src: the console's own origin and the API's (`apiOrigin`).
 * - No framing at all, no plugins, no foreign form targets.
 */
export function consoleContentSecurityPolicy(apiOrigin?: string, scriptHashes: readonly string[] = []): string {
  const connect = ["'self'", ...(apiOrigin ? [apiOrigin] : [])].join(" ");
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const HSTS_SECONDS = 63_072_000; // two years

export function consoleSecurityHeaders(apiOrigin?: string, scriptHashes?: readonly string[]): Record<string, string> {
  return {
    "Content-Security-Policy": consoleContentSecurityPolicy(apiOrigin, scriptHashes),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Strict-Transport-Security": `max-age=${HSTS_SECONDS}; includeSubDomains`,
    "X-Frame-Options": "DENY",
  };
}

/** Where the console's build lists the hashes of index.html's inline scripts (admin/build/preloadSignedIn.ts). */
export const SCRIPT_HASHES_FILE = "script-hashes.json";

/**
 * Where the console's build lists the files its page's script starts it with (the entry and the chunks it imports)
 * and those a signed-in visit adds: the page itself names none of them (admin/src/first-screen/boot.ts).
 */
export const FIRST_LOAD_FILE = "first-load.json";

/**
 * The hashes (`sha256-…`) of the inline scripts of a console build in `dist`, as its build wrote them; none when the
 * folder holds no build (its page then has no inline script to allow).
 */
export function builtScriptHashes(dist: string): string[] {
  const file = join(dist, SCRIPT_HASHES_FILE);
  if (!existsSync(file)) return [];
  const hashes: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (
    !Array.isArray(hashes) ||
    !hashes.every((hash) => typeof hash === "string" && /^sha256-[A-Za-z0-9+/]+=*$/.test(hash))
  ) {
    throw new Error(`${file} must list the inline scripts' hashes as "sha256-<base64>"`);
  }
  return hashes;
}
