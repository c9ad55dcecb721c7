/**
 * The bot's node-cron schedule: the daily summary (default 18:30 Asia/Shanghai, Monday to Friday)
 * and the nightly retention pass (default 02:40). A job that throws is logged, never fatal, and a
 * job still running when its next time comes is not started twice.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import { pruneOldChatData, type RetentionAges } from '../../engine/service/retention.ts';

function scheduleJob(name: string, expression: string, timeZone: string, run: () => Promise<unknown>, logger: Logger): ScheduledTask {
  return cron.schedule(
    expression,
    async () => {
      try {
        await run();
      } catch (err) {
        logger.error({ err }, `scheduled ${name} failed`);
      }
    },
    { timezone: timeZone, name, noOverlap: true },
  );
}

export function scheduleDailySummary(expression: string, timeZone: string, run: () => Promise<unknown>, logger: Logger): ScheduledTask {
  return scheduleJob('daily-summary', expression, timeZone, run, logger);
}

/**
 * Prunes Direct Line conversations, idle conversations' bot state and FAQ questions older than
 * their ages. Several instances may fire together: an advisory lock lets one of them do it.
 */
export function scheduleRetention(expression: string, timeZone: string, db: Db, ages: RetentionAges, now: () => Date, logger: Logger): ScheduledTask {
  return scheduleJob('retention', expression, timeZone, async () => {
    const pruned = await pruneOldChatData(db, now(), ages);
    if (pruned) logger.info({ pruned, ages }, 'retention: old chat data pruned');
    else logger.info('retention: another instance is pruning; skipped');
  }, logger);
}
