import type { Context } from "hono";

export const isJsonResponse = (res: Response) => (res.headers.get("content-type") ?? "").startsWith("application/json");

/** The answer's JSON body, or undefined when it has none. */
export async function jsonBody(c: Context): Promise<unknown> {
  if (!isJsonResponse(c.res)) return undefined;
  try {
    return await c.res.clone().json();
  } catch {
    return undefined;
  }
}

/** Replaces the answer's JSON body, keeping its status and headers. */
export function replaceJson(c: Context, body: unknown) {
  const headers = new Headers(c.res.headers);
  headers.delete("content-length");
  const status = c.res.status;
  // Unset first: Hono would otherwise copy the old answer's headers onto the new one.
  c.res = undefined;
  c.res = new Response(JSON.stringify(body), { status, headers });
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
