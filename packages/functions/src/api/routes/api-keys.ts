import {
  ApiKey,
  ApiKeyInput,
  ApiKeyListQuery,
  createApiKey,
  getApiKey,
  listApiKeys,
  revokeApiKey,
} from "@entraide/core/api-key";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf } from "../access/caller.js";
import { type RouteTable, requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { error, IdParam, json, page } from "../shapes.js";

const tags = ["API keys"];
const base = "/api/v1/api-keys";
const KeyRecord = ApiKey.openapi("ApiKey");
const NewKey = ApiKey.extend({
  key: z.string().openapi({ description: "The key: shown this once, keep it secret" }),
}).openapi("NewApiKey");

/** Keys of partner apps: administrators make, list and revoke them. */
export function apiKeyRoutes(app: OpenAPIHono<AppEnv>, routes: RouteTable) {
  // The scopes a key may carry are the ones the app's routes declare, read once they are all registered.
  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      summary: "List API keys",
      ...requires("api-keys:read"),
      request: { query: ApiKeyListQuery },
      responses: {
        200: page(KeyRecord, "A page of keys"),
      },
    }),
    async (c) => c.json(await listApiKeys(c.var.db, c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: base,
      tags,
      summary: "Make an API key for a partner app",
      ...requires("api-keys:write"),
      description:
        "`scopes`: what the key may do, e.g. `centers:read`, `beneficiaries:write`, `pii:read` (unknown scopes are refused). " +
        "`regions` limits it to those regions. The key itself is in this answer only.",
      request: { body: { content: { "application/json": { schema: ApiKeyInput } }, required: true } },
      responses: { 201: json(NewKey, "The key"), 400: error("Invalid body or unknown scope") },
    }),
    async (c) => {
      const { apiKey, key } = await createApiKey(c.var.db, callerOf(c), c.req.valid("json"), routes.grantableScopes());
      c.header("Location", `${base}/${apiKey.id}`);
      c.header("Cache-Control", "no-store");
      return c.json({ ...apiKey, key }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags,
      summary: "Read an API key (never the key itself)",
      ...requires("api-keys:read"),
      request: { params: IdParam },
      responses: { 200: json(KeyRecord, "The key's record"), 404: error("Not found") },
    }),
    async (c) => c.json(await getApiKey(c.var.db, c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/revoke`,
      operationId: "revokeApiKey",
      tags,
      summary: "Revoke an API key",
      ...requires("api-keys:write"),
      request: { params: IdParam },
      responses: { 200: json(KeyRecord, "The revoked key"), 404: error("Not found") },
    }),
    async (c) => c.json(await revokeApiKey(c.var.db, callerOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/{id}`,
      operationId: "deleteApiKey",
      tags,
      summary: "Revoke an API key (as POST …/revoke)",
      ...requires("api-keys:write"),
      description: "The record stays, revoked, for the audit trail.",
      request: { params: IdParam },
      responses: { 204: { description: "Revoked" }, 404: error("Not found") },
    }),
    async (c) => {
      await revokeApiKey(c.var.db, callerOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}
