import { aidDistributions } from "./aid-distribution.js";
import { beneficiaries } from "./beneficiary.js";
import { centers } from "./center.js";
import { cooperatives } from "./cooperative.js";
import { enrollments } from "./enrollment.js";
import { exhibitions } from "./exhibition.js";
import { grants } from "./grant.js";
import { marketplaceSpaces } from "./marketplace-space.js";
import { programSupports } from "./program-support.js";
import { vigilanceCells } from "./vigilance-cell.js";

/**
 * Every registry, each defined once in its own module (label, path, regions,
 * fields, rules…): what is said of registries as a whole — their routes'
 * rights, their region rules — is derived from this list.
 */
export const registries = [
  centers,
  beneficiaries,
  enrollments,
  aidDistributions,
  grants,
  cooperatives,
  marketplaceSpaces,
  exhibitions,
  programSupports,
  vigilanceCells,
] as const;

/** The registry at `path` under /api/v1 ("centers"), if there is one. */
export const registryAt = (path: string) => registries.find((registry) => registry.def.path === path);
