/**
 * Day-end reconciliation before the daily summary: every account that is not exempt and has no
 * current run for its period gets one (daily accounts: the day itself; other cycles: the period
 * that is due). One account failing (no statements yet, say) does not stop the others.
 */
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import { listAccounts } from '../../engine/service/accounts.ts';
import { duePeriod } from '../../engine/service/period.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { selectRunPeriods } from '../../engine/store/status.ts';
import { DB_RETRY, retryOnConnectionLoss, type DbRetryPolicy } from '../retry.ts';

export function dayEndRunner(db: Db, now: () => Date, logger: Logger, policy: DbRetryPolicy = DB_RETRY): (day: string) => Promise<void> {
  // A run is one transaction: cut short by a lost connection, it left nothing and is run again.
  const retry = <T>(what: string, fn: () => Promise<T>): Promise<T> => retryOnConnectionLoss(`day-end: ${what}`, fn, logger, policy);
  return async (day) => {
    const accounts = (await retry('accounts', () => listAccounts(db))).filter((a) => !a.exempt);
    const wanted = accounts.map((a) => ({ account: a.number, period: a.cycle === 'daily' ? day : duePeriod(a.cycle, day).label }));
    const done = await retry('runs done', () => selectRunPeriods(db, wanted));
    for (const w of wanted) {
      if (done.has(`${w.account}|${w.period}`)) continue;
      try {
        const r = await retry(`run ${w.account} ${w.period}`, () => runReconciliation(db, { account: w.account, period: w.period, actor: 'system', at: now() }));
        logger.info({ account: w.account, period: w.period, runId: r.runId }, 'day-end run');
      } catch (err) {
        logger.warn({ account: w.account, period: w.period, err }, 'day-end run failed');
      }
    }
  };
}
