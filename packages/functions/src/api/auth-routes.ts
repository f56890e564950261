import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import type { Identity } from "../auth/identity.js";
import { clientAddress, createSignInThrottle, type SignInThrottle } from "../auth/sign-in-throttle.js";
import { anyone } from "./access/permissions.js";
import { error, json } from "./crud.js";
import type { AppEnv } from "./env.js";
import { errorResponse } from "./errors.js";

const Credentials = z.strictObject({ username: z.string().min(1).max(128), password: z.string().min(1).max(256) });
const Session = z
  .object({ token: z.string(), expiresIn: z.number().int().openapi({ description: "Seconds the token stays valid" }) })
  .openapi("Session");

/** Signing in (staff) and the keys that verify staff tokens. */
export function authRoutes(
  app: OpenAPIHono<AppEnv>,
  identity: Identity,
  throttle: SignInThrottle = createSignInThrottle(),
) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/login",
      operationId: "signIn",
      tags: ["Sign in"],
      summary: "Sign in: a token to send as Authorization: Bearer",
      ...anyone,
      description:
        "Repeated failures slow down, then lock, the address and the username from that address (429 with Retry-After); see docs/security.md.",
      request: { body: { content: { "application/json": { schema: Credentials } }, required: true } },
      responses: {
        200: json(Session, "Signed in"),
        401: error("Wrong username or password"),
        429: {
          ...error("Too many failed attempts from this address: wait Retry-After seconds"),
          headers: { "Retry-After": { $ref: "#/components/headers/Retry-After" } },
        },
      },
    }),
    async (c) => {
      const { username, password } = c.req.valid("json");
      const address = clientAddress(c);
      const { retryAfter, delayMs } = throttle.check(username, address);
      if (retryAfter > 0) {
        c.header("Retry-After", String(retryAfter));
        return errorResponse(c, 429, "too_many_attempts", `Too many sign-in attempts; retry in ${retryAfter} s`);
      }
      if (delayMs > 0) await new Promise((resume) => setTimeout(resume, delayMs));
      const session = await identity.login(username, password);
      if (!session) {
        throttle.failed(username, address);
        return errorResponse(c, 401, "unauthorized", "Wrong username or password");
      }
      throttle.succeeded(username, address);
      c.header("Cache-Control", "no-store");
      return c.json(session, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/jwks.json",
      operationId: "getSigningKeys",
      tags: ["Sign in"],
      summary: "The public keys that verify staff tokens (JWKS)",
      ...anyone,
      responses: {
        200: json(z.object({ keys: z.array(z.record(z.string(), z.unknown())) }), "The key set"),
        302: { description: "To the identity provider's key set" },
      },
    }),
    (c) => {
      const jwks = identity.jwks;
      if ("location" in jwks) return c.redirect(jwks.location, 302);
      return c.json(jwks, 200);
    },
  );
}
