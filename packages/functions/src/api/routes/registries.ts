import { registries as coreRegistries, registryAt } from "@entraide/core/registries";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { crudRegistry } from "../crud.js";
import type { AppEnv } from "../env.js";
import { beneficiaryDuplicateRoutes } from "./beneficiary-duplicates.js";
import { cooperativeRoutes } from "./cooperatives.js";
import { exhibitionRoutes } from "./exhibitions.js";
import { marketplaceSpaceRoutes } from "./marketplace-spaces.js";
import { vigilanceCellRoutes } from "./vigilance-cells.js";

/** Each registry's routes beyond its five (records inside it, views of it), by its path. */
const also: Record<string, (app: OpenAPIHono<AppEnv>) => void> = {
  beneficiaries: beneficiaryDuplicateRoutes,
  cooperatives: cooperativeRoutes,
  "marketplace-spaces": marketplaceSpaceRoutes,
  exhibitions: exhibitionRoutes,
  "vigilance-cells": vigilanceCellRoutes,
};
// A renamed registry must not silently lose its other routes.
for (const path of Object.keys(also))
  if (!registryAt(path)) throw new Error(`No registry at ${path} for its other routes`);

/**
 * The registries, as core lists them: each one's list, create, read, change and
 * delete routes are derived from its definition (repository, record, list query,
 * API names); `also` adds its other routes. In the order the API documentation
 * lists them.
 */
export const registries = coreRegistries.map((registry) =>
  registry.parts(({ schema, record, ...parts }) =>
    crudRegistry({ ...parts, record: record.openapi(schema), also: also[parts.path] }),
  ),
);
