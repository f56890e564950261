import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import type { Identity } from "../auth/identity.js";
import { anyone } from "./access/permissions.js";
import { error, json } from "./crud.js";
import type { AppEnv } from "./env.js";
import { errorResponse } from "./errors.js";

const Credentials = z.strictObject({ username: z.string().min(1).max(128), password: z.string().min(1).max(256) });
const Session = z.object({ token: z.string(), expiresIn: z.number().int().openapi({ description: "Seconds the token stays valid" }) }).openapi("Session");

/** Signing in (staff) and the keys that verify staff tokens. */
export function authRoutes(app: OpenAPIHono<AppEnv>, identity: Identity) {
  app.openapi(
    createRoute({
      method: "post", path: "/api/auth/login", operationId: "signIn", tags: ["Sign in"], summary: "Sign in: a token to send as Authorization: Bearer",
      ...anyone,
      request: { body: { content: { "application/json": { schema: Credentials } }, required: true } },
      responses: { 200: json(Session, "Signed in"), 400: error("Invalid body"), 401: error("Wrong username or password") },
    }),
    async (c) => {
      const { username, password } = c.req.valid("json");
      const session = await identity.login(username, password);
      if (!session) return errorResponse(c, 401, "unauthorized", "Wrong username or password") as never;
      c.header("Cache-Control", "no-store");
      return c.json(session, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get", path: "/api/auth/jwks.json", operationId: "getSigningKeys", tags: ["Sign in"], summary: "The public keys that verify staff tokens (JWKS)",
      ...anyone,
      responses: { 200: json(z.object({ keys: z.array(z.record(z.string(), z.unknown())) }), "The key set"), 302: { description: "To the identity provider's key set" } },
    }),
    (c) => ("location" in identity.jwks ? c.redirect(identity.jwks.location, 302) : c.json(identity.jwks, 200)) as never,
  );
}
