import type { AccessPatterns } from "./access-patterns.js";
import { API_KEY_PREFIX, apiKeyPatterns } from "./api-key.js";
import { auditPatterns } from "./audit.js";
import { participations } from "./exhibition-participation.js";
import { hostings } from "./hosting.js";
import { registries } from "./registries.js";
import { vigilanceAlerts } from "./vigilance-alert.js";

/** The index patterns of each kind of item, by its `entity` attribute. */
export type IndexedKinds = Record<string, AccessPatterns>;

/**
 * Every kind of item whose index keys come from patterns: the registries (records kept at
 * `pk = PREFIX#id, sk = PREFIX`, from registries.ts), the records kept inside them, audit events, API keys.
 */
export function indexedKinds(): IndexedKinds {
  const kinds: IndexedKinds = {};
  for (const { def } of registries) kinds[def.prefix] = def.patterns;
  for (const child of [participations, vigilanceAlerts, hostings]) kinds[child.def.entity] = child.patterns;
  kinds.AUDIT = auditPatterns;
  kinds[API_KEY_PREFIX] = apiKeyPatterns;
  return kinds;
}
