/**
 * Who asks core to read or write records, passed explicitly into every call
 * made on someone's behalf: the actor and request the audit trail records,
 * and the regions whose records they may reach.
 */
export interface Caller {
  /** `user:<username>`, `key:<api key id>`, `cli:<os user>` or `system`. */
  actor: string;
  /** The request (or import, job) the change comes from, for the audit trail. */
  requestId?: string;
  /** Where they read and write records: every region, or these region codes. */
  regions: "all" | ReadonlySet<string>;
}

/** Scheduled jobs, seeds and the engine's own bookkeeping. */
export const systemCaller: Caller = { actor: "system", regions: "all" };

/** A command-line tool run by `user` on the machine (every region: they hold the data folder). */
export const cliCaller = (user: string): Caller => ({ actor: `cli:${user}`, regions: "all" });

/** Whether the caller may reach a record of `regionCode` (a record without one lies in no region of theirs). */
export const reaches = (caller: Caller, regionCode: string | undefined) =>
  caller.regions === "all" || (regionCode !== undefined && caller.regions.has(regionCode));
