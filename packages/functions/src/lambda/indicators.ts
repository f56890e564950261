/**
 * Scheduled entry point of the yearly bilan (EventBridge). The schedule passes
 * `{ "mode": "nightly" }` (the current year's figures) or `{ "mode": "closing" }`
 * (on 5 January: the closing bilan of the year before, frozen).
 * Placeholder until the indicator jobs land: it validates its event and does nothing.
 */
import * as z from "zod";

const ScheduledInput = z.object({ mode: z.enum(["nightly", "closing"]) });

export async function handler(event: unknown) {
  const { mode } = ScheduledInput.parse(event);
  return { mode, computed: false };
}
