import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";
import { aidDistributionRoutes } from "./aid-distributions.js";
import { apiKeyRoutes } from "./api-keys.js";
import { auditEventRoutes } from "./audit-events.js";
import { beneficiaryRoutes } from "./beneficiaries.js";
import { centerRoutes } from "./centers.js";
import { cooperativeRoutes } from "./cooperatives.js";
import { enrollmentRoutes } from "./enrollments.js";
import { exhibitionRoutes } from "./exhibitions.js";
import { exportRoutes } from "./exports.js";
import { grantRoutes } from "./grants.js";
import { importRoutes } from "./imports.js";
import { indicatorRoutes } from "./indicators.js";
import { marketplaceSpaceRoutes } from "./marketplace-spaces.js";
import { programSupportRoutes } from "./program-supports.js";
import { territoryRoutes } from "./territories.js";
import { vigilanceCellRoutes } from "./vigilance-cells.js";

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
