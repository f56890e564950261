import type { OpenAPIHono } from "@hono/zod-openapi";
import type { RouteTable } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { apiKeyRoutes } from "./api-keys.js";
import { auditEventRoutes } from "./audit-events.js";
import { exportRoutes } from "./exports.js";
import { importRoutes } from "./imports.js";
import { indicatorRoutes } from "./indicators.js";
import { registries } from "./registries.js";
import { territoryRoutes } from "./territories.js";

/**
 * Every resource's routes, in the order the API documentation lists them. Add new resources at the end.
 * `routes` is the app's table of routes and their rights, read once every route is registered.
 */
export const resourceRoutes: Array<(app: OpenAPIHono<AppEnv>, routes: RouteTable) => void> = [
  territoryRoutes,
  ...registries.map((registry) => registry.register),
  indicatorRoutes,
  exportRoutes,
  apiKeyRoutes,
  auditEventRoutes,
  importRoutes,
];
