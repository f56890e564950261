import type { Caller as CoreCaller } from "@entraide/core/caller";
import type { Db } from "@entraide/core/db";
import type { ImportServices } from "../imports/services.js";
import type { IndicatorServices } from "../jobs/services.js";
import type { Caller } from "./access/caller.js";

/** What every route reads from the context. */
export interface AppEnv {
  Variables: {
    db: Db;
    indicators: IndicatorServices;
    /** Files and jobs of imports; absent where imports are not set up. */
    imports?: ImportServices;
    /** This request's id: from X-Request-Id, or made up; echoed in the answer and the audit trail. */
    requestId: string;
    /** Who calls (absent on public routes), and the route they reached with the scope it needs. */
    caller?: Caller;
    route?: { path: string; scope: string };
    /** On whose behalf core reads and writes (the audit's actor, the regions of the route's scope): see callerOf. */
    callerContext?: CoreCaller;
  };
}

/** The context of a handler that reads no validated input (the typed routes get theirs from the route). */
export type Ctx = import("hono").Context<AppEnv, string>;
