import { Cron } from "croner";
import type { JobDeps } from "../jobs/bilan-job.js";
import { createIndicatorsHandler } from "../jobs/indicators-handler.js";
import { indicatorSchedules, TIME_ZONE } from "../jobs/schedule.js";

/**
 * `npm start`'s stand-in for EventBridge: the same handler, fired on the same
 * schedules, in Morocco's time zone. A run still going when the next is due is
 * not started twice (`protect`).
 */
export function startLocalScheduler(deps: JobDeps): { stop(): void } {
  const handler = createIndicatorsHandler(deps);
  const jobs = indicatorSchedules.map(
    (schedule) =>
      new Cron(schedule.cron, { name: schedule.name, timezone: TIME_ZONE, protect: true }, async () => {
        try {
          await handler(schedule.event, {} as never);
        } catch (error) {
          console.error(`${schedule.name}: ${(error as Error).message}`);
        }
      }),
  );
  return {
    stop: () => {
      for (const job of jobs) job.stop();
    },
  };
}
