/** The node-cron schedule of the daily summary (default 18:30 Asia/Shanghai, Monday to Friday). */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

export function scheduleDailySummary(expression: string, timeZone: string, run: () => Promise<unknown>, logger: Logger): ScheduledTask {
  return cron.schedule(
    expression,
    async () => {
      try {
        await run();
      } catch (err) {
        logger.error({ err }, 'scheduled daily summary failed');
      }
    },
    { timezone: timeZone, name: 'daily-summary', noOverlap: true },
  );
}
