import { RegionCode } from "@entraide/core/territory";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { type Caller, can, isPseudonymous, signedInCaller } from "./access/caller.js";
import { type RouteTable, signedIn } from "./access/permissions.js";
import { error, json } from "./crud.js";
import type { AppEnv } from "./env.js";

const Me = z
  .object({
    user: z.object({
      id: z
        .string()
        .openapi({ description: "The username of staff, the key's id for partner apps", example: "officer-ma06" }),
      kind: z.enum(["user", "apiKey"]),
      name: z.string().openapi({ description: "What to show: the username, or the key's name" }),
    }),
    role: z.string().openapi({
      description: "admin, regional, finance (staff), api-key (partner apps); none without any known group",
      example: "regional",
    }),
    regions: z
      .union([z.literal("all"), z.array(RegionCode)])
      .openapi({ description: "Where the caller's rights apply: every region, or these", example: ["MA-06"] }),
    permissions: z.array(z.string()).openapi({
      description: "Every right the caller has, as routes name them in x-permission",
      example: ["centers:read", "centers:write"],
    }),
    pseudonymous: z.boolean().openapi({
      description: "Beneficiaries reach this caller pseudonymised: initials, birth year, masked identifiers",
    }),
  })
  .openapi("Me");

/** Roles by breadth: the first a caller holds names them. */
const roleOrder = ["admin", "regional", "finance", "api-key"];

/**
 * Who is signed in and what they may do, read from the grants the guard
 * enforces and the scopes the routes declare: the console shapes itself from
 * this answer, so it shows exactly what the API will accept.
 */
export function meRoute(app: OpenAPIHono<AppEnv>, routes: RouteTable) {
  app.openapi(
    createRoute({
      ...signedIn,
      method: "get",
      path: "/api/auth/me",
      operationId: "getMe",
      tags: ["Sign in"],
      summary: "Who is signed in, their role, regions and rights",
      description:
        "Any signed-in caller may ask; `permissions` lists the `x-permission` scopes of this document that the caller holds, and `pii:read` when they see personal data in clear.",
      responses: {
        200: {
          ...json(Me, "The caller"),
          headers: { "Cache-Control": { schema: { type: "string" }, description: "no-store" } },
        },
        401: error("Not signed in"),
        429: {
          ...error("Too many requests for this API key"),
          headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } },
        },
      },
    }),
    (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(describe(signedInCaller(c), routes.scopes()), 200);
    },
  );
}

function describe(caller: Caller, scopes: string[]): z.infer<typeof Me> {
  const held = new Set(caller.grants.map((g) => g.role));
  const role = roleOrder.find((r) => held.has(r)) ?? "none";
  const regions = new Set<string>();
  let everywhere = false;
  for (const grant of caller.grants) {
    if (grant.regions === "all") everywhere = true;
    else for (const r of grant.regions) regions.add(r);
  }
  const id = caller.actor.slice(caller.actor.indexOf(":") + 1);
  return {
    user: { id, kind: caller.kind, name: caller.apiKey?.name ?? id },
    role,
    regions: everywhere ? "all" : [...regions].sort(),
    permissions: scopes.filter((scope) => can(caller, scope)),
    pseudonymous: isPseudonymous(caller),
  };
}
