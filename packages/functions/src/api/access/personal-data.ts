import { maskPersonalIdentifiers } from "@entraide/core/pii";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";
import { isPseudonymous, PII_READ, regionsFor } from "./caller.js";
import { isObject, jsonBody, replaceJson } from "./responses.js";

/**
 * Shapes every answer to what the caller may read of people (law 09-08):
 * national IDs and phones masked (`BK****56`) unless the caller has `pii:read`
 * for the record's region; for pseudonymised callers (finance), names reduced
 * to initials and birth dates to the year. Applied by field name to any JSON
 * answer, so routes added later are covered too.
 */
export function personalDataShaping(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const caller = c.var.caller;
    if (!caller) return;
    const readable = regionsFor(caller, PII_READ);
    const pseudonymous = isPseudonymous(caller);
    if (readable === "all" && !pseudonymous) return;
    const body = await jsonBody(c);
    if (body !== undefined) replaceJson(c, shape(body, readable, pseudonymous));
  };
}

function shape(value: unknown, readable: "all" | ReadonlySet<string>, pseudonymous: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => shape(v, readable, pseudonymous));
  if (!isObject(value)) return value;
  let out: Record<string, unknown> = Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, shape(v, readable, pseudonymous)]),
  );
  const inReadableRegion = readable === "all" || (typeof out.regionCode === "string" && readable.has(out.regionCode));
  if (!inReadableRegion) out = maskPersonalIdentifiers(out);
  if (pseudonymous) {
    for (const name of ["firstName", "lastName"])
      if (typeof out[name] === "string") out[name] = `${(out[name] as string).charAt(0)}.`;
    if (typeof out.birthDate === "string") out.birthDate = out.birthDate.slice(0, 4);
  }
  return out;
}
