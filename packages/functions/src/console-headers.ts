/**
 * The security headers of the console's pages, the same in `npm start` and
 * in CloudFront's response-headers policy (stacks/ConsoleHost.ts).
 *
 * - Scripts: only the console's own files, never inline (Vite's build has none).
 * - Styles: MUI's emotion writes `<style>` elements at run time, and a static
 *   site on CloudFront cannot hand out a fresh nonce per page, so inline
 *   styles are allowed — styles, not scripts.
 * - connect-src: the console's own origin and the API's (`apiOrigin`).
 * - No framing at all, no plugins, no foreign form targets.
 */
export function consoleContentSecurityPolicy(apiOrigin?: string): string {
  const connect = ["'self'", ...(apiOrigin ? [apiOrigin] : [])].join(" ");
  return [
    "default-src 'self'",
    "script-src 'self'",
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

export function consoleSecurityHeaders(apiOrigin?: string): Record<string, string> {
  return {
    "Content-Security-Policy": consoleContentSecurityPolicy(apiOrigin),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Strict-Transport-Security": `max-age=${HSTS_SECONDS}; includeSubDomains`,
    "X-Frame-Options": "DENY",
  };
}
