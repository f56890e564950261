import { aidDistributionRegistry } from "./aid-distribution.js";
import { beneficiaryRegistry } from "./beneficiary.js";
import { centerRegistry } from "./center.js";
import { cooperativeRegistry } from "./cooperative.js";
import { enrollmentRegistry } from "./enrollment.js";
import { exhibitionRegistry } from "./exhibition.js";
import { grantRegistry } from "./grant.js";
import { marketplaceSpaceRegistry } from "./marketplace-space.js";
import { programSupportRegistry } from "./program-support.js";
import { vigilanceCellRegistry } from "./vigilance-cell.js";

/**
 * Every registry, each defined once in its own module (label, path, API names,
 * regions, fields, rules, access patterns, list…): what is said of registries
 * as a whole — their routes and OpenAPI, their rights, their region rules,
 * their index keys — is derived from this list. In the order the API
 * documentation lists them.
 */
export const registries = [
  centerRegistry,
  beneficiaryRegistry,
  enrollmentRegistry,
  cooperativeRegistry,
  marketplaceSpaceRegistry,
  exhibitionRegistry,
  aidDistributionRegistry,
  grantRegistry,
  programSupportRegistry,
  vigilanceCellRegistry,
] as const;

/** The registry at `path` under /api/v1 ("centers"), if there is one. */
export const registryAt = (path: string) => registries.find((registry) => registry.def.path === path);
