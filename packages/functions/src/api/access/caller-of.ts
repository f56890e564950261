import type { Caller } from "./caller.js";

/**
 * The caller of a route behind the authentication middleware. Its absence is a
 * wiring bug (a route mounted outside `requires`/`signedIn`), reported as such.
 */
export function callerOf(c: { var: { caller?: Caller } }): Caller {
  const caller = c.var.caller;
  if (!caller) throw new Error("No caller on a signed-in route: is it mounted behind the authentication middleware?");
  return caller;
}
