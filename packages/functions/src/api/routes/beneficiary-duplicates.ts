import { beneficiaries } from "@entraide/core/beneficiary";
import { Id } from "@entraide/core/common";
import { findProbableDuplicates } from "@entraide/core/matching/find";
import { matchReasons, PROBABLE_DUPLICATE_THRESHOLD } from "@entraide/core/matching/score";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { callerOf, regionsFor } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import type { AppEnv } from "../env.js";
import { error, IdParam, json } from "../shapes.js";

const READ = "beneficiaries:read";

export const ProbableDuplicate = z
  .object({
    recordId: Id,
    score: z.number().min(0).max(1),
    reasons: z
      .array(z.enum(matchReasons))
      .openapi({ description: "Why, as stable codes (labels in Arabic and French in the console)" }),
  })
  .openapi("ProbableDuplicate");

/** GET /beneficiaries/{id}/duplicates: the registry's other records that are probably the same person. */
export function beneficiaryDuplicateRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires(READ),
      operationId: "listBeneficiaryDuplicates",
      method: "get",
      path: "/api/v1/beneficiaries/{id}/duplicates",
      tags: ["Beneficiaries"],
      summary: "Probable duplicates of a beneficiary",
      description:
        `Other beneficiaries born the same day, of the same sex, whose names match across spellings and scripts ` +
        `(محمد العلوي ≈ Mohamed Alaoui ≈ Mohammed El Alaoui), with a score from 0 to 1 (≥ ${PROBABLE_DUPLICATE_THRESHOLD}) and its reasons, best first. ` +
        "Found by one index query (birth date + sex), never a scan. Only records of the caller's regions are listed.",
      request: { params: IdParam },
      responses: {
        200: json(
          z.object({ items: z.array(ProbableDuplicate) }),
          "The probable duplicates, best first (empty when none)",
        ),
        400: error("Invalid id"),
        401: error("Not signed in"),
        403: error("Not allowed to read beneficiaries"),
        404: error("No such beneficiary"),
        429: error("Too many requests"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const record = await beneficiaries.get(c.var.db, callerOf(c), id);
      const regions = c.var.caller ? regionsFor(c.var.caller, READ) : "all";
      const items = await findProbableDuplicates(c.var.db, record, {
        excludeId: id,
        regions: regions === "all" ? undefined : regions,
      });
      return c.json({ items }, 200);
    },
  );
}
