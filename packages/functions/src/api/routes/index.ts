import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";
import { beneficiaryRoutes } from "./beneficiaries.js";
import { centerRoutes } from "./centers.js";
import { cooperativeRoutes } from "./cooperatives.js";
import { enrollmentRoutes } from "./enrollments.js";
import { marketplaceSpaceRoutes } from "./marketplace-spaces.js";
import { territoryRoutes } from "./territories.js";

/** Every resource's routes, in the order the API documentation lists them. Add new resources at the end. */
export const resourceRoutes: Array<(app: OpenAPIHono<AppEnv>) => void> = [
  territoryRoutes,
  centerRoutes,
  beneficiaryRoutes,
  enrollmentRoutes,
  cooperativeRoutes,
  marketplaceSpaceRoutes,
];
