import { Id } from "@entraide/core/common";
import { assertRecordReaches } from "@entraide/core/region-checks";
import { registryAt } from "@entraide/core/registries";
import type { Context } from "hono";
import type { AppEnv } from "../env.js";
import { kindOf } from "./record-regions.js";

/**
 * A request about a record of another region (the route's `{id}` of a
 * registry) is not found, before anything else is said of it (e.g. that its
 * body is invalid): the validation hook asks this first.
 */
export async function assertRouteRecordReaches(c: Context<AppEnv>) {
  const { route, callerContext } = c.var;
  const registry = route && registryAt(kindOf(route.scope));
  const id = c.req.param("id");
  if (!callerContext || !registry || !id || !Id.safeParse(id).success) return;
  await assertRecordReaches(c.var.db, callerContext, registry.def, id);
}
