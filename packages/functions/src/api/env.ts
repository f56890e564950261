import type { Db } from "@entraide/core/db";

/** What every route reads from the context. */
export interface AppEnv {
  Variables: { db: Db };
}

// Handlers registered through the generic CRUD helper see a context of any input.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Ctx = import("hono").Context<AppEnv, string, any>;
