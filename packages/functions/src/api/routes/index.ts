import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";
import { beneficiaryRoutes } from "./beneficiaries.js";
import { centerRoutes } from "./centers.js";
import { cooperativeRoutes } from "./cooperatives.js";
import { enrollmentRoutes } from "./enrollments.js";
import { marketplaceSpaceRoutes } from "./marketplace-spaces.js";
import { territoryRoutes } from "./territories.js";
import { exhibitionRoutes } from "./exhibitions.js";
import { aidDistributionRoutes } from "./aid-distributions.js";
import { grantRoutes } from "./grants.js";
import { programSupportRoutes } from "./program-supports.js";
import { vigilanceCellRoutes } from "./vigilance-cells.js";
import { indicatorRoutes } from "./indicators.js";
import { exportRoutes } from "./exports.js";
import { apiKeyRoutes } from "./api-keys.js";
import { auditEventRoutes } from "./audit-events.js";
import { importRoutes } from "./imports.js";

/** Every resource's routes, in the order the API documentation lists them. Add new resources at the end. */
export const resourceRoutes: Array<(app: OpenAPIHono<AppEnv>) => void> = [
  territoryRoutes,
  centerRoutes,
  beneficiaryRoutes,
  enrollmentRoutes,
  cooperativeRoutes,
  marketplaceSpaceRoutes,
  exhibitionRoutes,
  aidDistributionRoutes,
  grantRoutes,
  programSupportRoutes,
  vigilanceCellRoutes,
  indicatorRoutes,
  exportRoutes,
  apiKeyRoutes,
  auditEventRoutes,
  importRoutes,
];
