import type { AccessPatterns } from "./access-patterns.js";
import { aidDistributions } from "./aid-distribution.js";
import { API_KEY_PREFIX, apiKeyPatterns } from "./api-key.js";
import { auditPatterns } from "./audit.js";
import { beneficiaries } from "./beneficiary.js";
import { centers } from "./center.js";
import { cooperatives } from "./cooperative.js";
import { enrollments } from "./enrollment.js";
import { exhibitions } from "./exhibition.js";
import { participations } from "./exhibition-participation.js";
import { grants } from "./grant.js";
import { HOSTING_ENTITY, hostingPatterns } from "./hosting.js";
import { marketplaceSpaces } from "./marketplace-space.js";
import { programSupports } from "./program-support.js";
import { vigilanceAlerts } from "./vigilance-alert.js";
import { vigilanceCells } from "./vigilance-cell.js";

/** The index patterns of each kind of item, by its `entity` attribute. */
export type IndexedKinds = Record<string, AccessPatterns>;

/** The registries: records kept at `pk = PREFIX#id, sk = PREFIX`. */
export const registries = () => [
  centers,
  beneficiaries,
  enrollments,
  cooperatives,
  marketplaceSpaces,
  exhibitions,
  aidDistributions,
  grants,
  programSupports,
  vigilanceCells,
];

/** Every kind of item whose index keys come from patterns: the registries, their sub-records, audit events, API keys. */
export function indexedKinds(): IndexedKinds {
  const kinds: IndexedKinds = {};
  for (const { def } of registries()) kinds[def.prefix] = def.patterns;
  for (const child of [participations, vigilanceAlerts]) kinds[child.def.entity] = child.patterns;
  kinds[HOSTING_ENTITY] = hostingPatterns;
  kinds.AUDIT = auditPatterns;
  kinds[API_KEY_PREFIX] = apiKeyPatterns;
  return kinds;
}
