import type { ApiKey } from "@entraide/core/api-key";
import type { Caller as CoreCaller } from "@entraide/core/caller";
import { isRegional, kindOf } from "./record-regions.js";

/**
 * Who calls, and what each of their grants lets them do. A staff member gets
 * one grant per group (admin, regional, finance); a partner app's API key is
 * one grant of its own scopes. A route's scope is `<kind>:read` or
 * `<kind>:write`; `pii:read` lets a caller see national IDs and phones in clear.
 */
export interface Grant {
  role: string;
  allows: (scope: string) => boolean;
  /** Where the grant applies: every region, or these. */
  regions: "all" | ReadonlySet<string>;
  /** Beneficiaries are shown pseudonymised: initials, birth year, masked identifiers. */
  pseudonymous?: boolean;
}

export interface Caller {
  kind: "user" | "apiKey";
  /** Who, in the audit trail and the logs: `user:<username>` or `key:<api key id>`. */
  actor: string;
  grants: Grant[];
  /** The key's record, for partner apps (rate limit, last use). */
  apiKey?: ApiKey;
}

export const PII_READ = "pii:read";
/** Kinds only administrators read or change. */
const adminOnly = new Set(["api-keys", "audit-events"]);
/** Imports hold people's files: regional officers import (rows of their regions only), finance staff don't. */
const IMPORTS = "imports";
const isRead = (scope: string) => scope.endsWith(":read");

/** The three staff roles (Cognito groups of the same names). */
export const roles: Record<string, (regions: ReadonlySet<string>) => Grant> = {
  admin: () => ({ role: "admin", allows: () => true, regions: "all" }),
  // Reads and writes the records of their regions, reads reference data and the bilan; sees personal data of their regions.
  regional: (regions) => ({
    role: "regional",
    allows: (scope) =>
      scope === PII_READ ||
      kindOf(scope) === IMPORTS ||
      (!adminOnly.has(kindOf(scope)) && (isRegional(kindOf(scope)) || isRead(scope))),
    regions,
  }),
  // Reads everything but personal data (pseudonymised) and administration; writes nothing.
  finance: () => ({
    role: "finance",
    allows: (scope) =>
      isRead(scope) && scope !== PII_READ && !adminOnly.has(kindOf(scope)) && kindOf(scope) !== IMPORTS,
    regions: "all",
    pseudonymous: true,
  }),
};

/** A staff member's grants from their groups; unknown groups grant nothing. */
export function staffCaller(username: string, groups: readonly string[], regions: readonly string[]): Caller {
  const grants = groups.flatMap((group) => (roles[group] ? [roles[group](new Set(regions))] : []));
  return { kind: "user", actor: `user:${username}`, grants };
}

export function apiKeyCaller(apiKey: ApiKey): Caller {
  const scopes = new Set(apiKey.scopes);
  return {
    kind: "apiKey",
    actor: `key:${apiKey.id}`,
    grants: [
      {
        role: "api-key",
        allows: (scope) => scopes.has(scope),
        regions: apiKey.regions ? new Set(apiKey.regions) : "all",
      },
    ],
    apiKey,
  };
}

export const can = (caller: Caller, scope: string) => caller.grants.some((g) => g.allows(scope));

/** Every region, or the union of the grants' regions. */
function regionsOf(grants: Grant[]): "all" | ReadonlySet<string> {
  const regions = new Set<string>();
  for (const grant of grants) {
    if (grant.regions === "all") return "all";
    for (const region of grant.regions) regions.add(region);
  }
  return regions;
}

/** Where the caller may use `scope`: every region, or the union of their grants' regions. */
export const regionsFor = (caller: Caller, scope: string) => regionsOf(caller.grants.filter((g) => g.allows(scope)));

/** Every region any of the caller's grants reaches (for routes any signed-in caller may call). */
export const allRegionsOf = (caller: Caller) => regionsOf(caller.grants);

/** On whose behalf a signed-in route calls core (set by the access guard). */
export function callerOf(c: { var: { callerContext?: CoreCaller } }): CoreCaller {
  const found = c.var.callerContext;
  if (!found) throw new Error("This route calls core on someone's behalf, yet no one signed in");
  return found;
}

/** Pseudonymised unless one of the caller's grants reads beneficiaries in full. */
export const isPseudonymous = (caller: Caller) =>
  !caller.grants.some((g) => !g.pseudonymous && g.allows("beneficiaries:read"));

/**
 * The caller of a route behind the authentication middleware (with its grants). Its absence is a
 * wiring bug (a route mounted outside `requires`/`signedIn`), reported as such.
 */
export function signedInCaller(c: { var: { caller?: Caller } }): Caller {
  const caller = c.var.caller;
  if (!caller) throw new Error("No caller on a signed-in route: is it mounted behind the authentication middleware?");
  return caller;
}
