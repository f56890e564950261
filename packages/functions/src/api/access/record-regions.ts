import { registryAt } from "@entraide/core/registries";

/**
 * Which kinds of records (by their path under /api/v1, the first word of
 * their rights) lie in regions. Regional officers (and API keys limited to
 * regions) only see and change records of their regions: each registry's
 * definition says where its region comes from, and core applies it to every
 * call (core/region-checks.ts). Records kept inside another one — a space's
 * hostings, an exhibition's participants, a cell's alerts — take their
 * parent's region.
 */
export const isRegional = (kind: string) => registryAt(kind) !== undefined;

/**
 * Reference data and aggregated figures, the same for every region and
 * without personal data; imports check each row against the importer's
 * regions (core/imports/check-row.ts).
 */
const sameForEveryRegion = new Set(["territories", "indicators", "exports", "imports"]);

/** Whether callers limited to regions may use this kind at all (the rest needs every region). */
export const openToRegionalCallers = (kind: string) => isRegional(kind) || sameForEveryRegion.has(kind);

/** The kind a scope is about: `centers` of `centers:read`. */
export const kindOf = (scope: string) => scope.slice(0, scope.indexOf(":"));
