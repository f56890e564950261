import { moroccoToday } from "@entraide/core/indicators/period";
import type { BilanRun } from "@entraide/core/indicators/runs";
import * as z from "zod";

/** Years of the bilan the job accepts: Entraide Nationale was founded in 1957. */
export const BilanYear = z.coerce
  .number({ message: "Expected a year" })
  .int("Expected a year")
  .min(1957, "Entraide Nationale dates from 1957")
  .max(2100);

/**
 * What starts the job besides the table's stream (run-stream.ts): the schedules
 * pass `{ mode: "nightly" }` or `{ mode: "closing" }`; `{ mode: "run", year, runId }`
 * executes a recorded run again (an operator's `aws lambda invoke`, e.g. after a
 * run parked in the dead-letter queue).
 */
export const IndicatorsEvent = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("nightly") }),
  z.strictObject({ mode: z.literal("closing") }),
  z.strictObject({
    mode: z.literal("run"),
    year: BilanYear,
    runId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "Expected a run id"),
  }),
]);
export type IndicatorsEvent = z.infer<typeof IndicatorsEvent>;

/** When the schedules fire, in Morocco's time zone (EventBridge Scheduler takes the same expressions). */
export const TIME_ZONE = "Africa/Casablanca";
export const indicatorSchedules = [
  { name: "bilan-nightly", cron: "30 2 * * *", event: { mode: "nightly" } },
  { name: "bilan-closing", cron: "0 4 5 1 *", event: { mode: "closing" } },
] as const satisfies ReadonlyArray<{ name: string; cron: string; event: IndicatorsEvent }>;

/**
 * The year and run key of a scheduled run. Nightly: this year, keyed by the
 * day (a retry the same day rewrites the same snapshot). Closing: last year,
 * keyed "closing" (and frozen).
 */
export function scheduledRun(
  mode: "nightly" | "closing",
  now = new Date(),
): { year: number; trigger: BilanRun["trigger"]; runKey: string } {
  const today = moroccoToday(now);
  const year = Number(today.slice(0, 4));
  return mode === "nightly"
    ? { year, trigger: "nightly", runKey: `nightly-${today}` }
    : { year: year - 1, trigger: "closing", runKey: "closing" };
}
