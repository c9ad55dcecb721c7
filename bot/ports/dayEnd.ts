/**
 * Day-end reconciliation before the daily summary: every account that is not exempt and has no
 * current run for its period gets one (other cycles: the period that is due). A daily account also
 * catches up on the days since its last run, within the last CATCH_UP_DAYS days: the summary goes
 * out on weekdays only by default, so Monday runs Saturday, Sunday and Monday, oldest first, and a
 * day whose statement came late is run the next day. One account or day failing (no statement covers
 * it, say) does not stop the others; a day that failed is not tried again once a later day has run.
 */
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import { listAccounts } from '../../engine/service/accounts.ts';
import { dayBefore, duePeriod } from '../../engine/service/period.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { selectRunPeriods } from '../../engine/store/status.ts';
import { DB_RETRY, retryOnConnectionLoss, type DbRetryPolicy } from '../retry.ts';

/** How many days, `day` included, a daily account's day-end run looks back for days not run. */
export const CATCH_UP_DAYS = 7;

/** The CATCH_UP_DAYS days ending with `day`, oldest first. */
export function catchUpWindow(day: string): string[] {
  const days = [day];
  while (days.length < CATCH_UP_DAYS) days.unshift(dayBefore(days[0] ?? day));
  return days;
}

/**
 * Which days of `window` (oldest first, ending with today) a daily account runs: those after the
 * latest day that has a run; only today when none has (a new account does not back-fill a week).
 */
export function daysToRun(window: readonly string[], ran: (day: string) => boolean): string[] {
  const last = window.findLastIndex(ran);
  return last === -1 ? window.slice(-1) : window.slice(last + 1);
}

export function dayEndRunner(db: Db, now: () => Date, logger: Logger, policy: DbRetryPolicy = DB_RETRY): (day: string) => Promise<void> {
  // A run is one transaction: cut short by a lost connection, it left nothing and is run again.
  const retry = <T>(what: string, fn: () => Promise<T>): Promise<T> => retryOnConnectionLoss(`day-end: ${what}`, fn, logger, policy);
  return async (day) => {
    const accounts = (await retry('accounts', () => listAccounts(db))).filter((a) => !a.exempt);
    const window = catchUpWindow(day);
    const asked = accounts.flatMap((a) => (a.cycle === 'daily' ? window : [duePeriod(a.cycle, day).label]).map((period) => ({ account: a.number, period })));
    const done = await retry('runs done', () => selectRunPeriods(db, asked));
    const ran = (account: string) => (period: string) => done.has(`${account}|${period}`);
    const wanted = accounts.flatMap((a) =>
      (a.cycle === 'daily' ? daysToRun(window, ran(a.number)) : [duePeriod(a.cycle, day).label].filter((p) => !ran(a.number)(p))).map((period) => ({ account: a.number, period })));
    for (const w of wanted) {
      try {
        const r = await retry(`run ${w.account} ${w.period}`, () => runReconciliation(db, { account: w.account, period: w.period, actor: 'system', at: now() }));
        logger.info({ account: w.account, period: w.period, runId: r.runId }, 'day-end run');
      } catch (err) {
        logger.warn({ account: w.account, period: w.period, err }, 'day-end run failed');
      }
    }
  };
}
