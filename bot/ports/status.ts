/**
 * StatusPort over the store: accounts (engine/service/accounts), their current runs and open
 * differences (engine/store/botStatus aggregates), and which accounts are due and not run
 * (engine/service/period's due period of each account's cycle).
 */
import type { Db } from '../../engine/store/db.ts';
import { listAccounts } from '../../engine/service/accounts.ts';
import { ACTIVE_STATES } from '../../engine/service/differences.ts';
import { duePeriod, daysBetween } from '../../engine/service/period.ts';
import { selectLatestRuns, selectOpenGroups, selectRunPeriods } from '../../engine/store/botStatus.ts';
import type { AccountStatus, StatusPort, StatusView } from '../../dialogs/ports.ts';

/** The calendar date of `at` in the time zone (the branch's "today"). */
function dateIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function statusPort(db: Db, now: () => Date, timeZone: string): StatusPort {
  return {
    async status({ accountHint }): Promise<StatusView> {
      const at = now();
      const today = dateIn(at, timeZone);
      const all = await listAccounts(db);
      const accounts = accountHint ? all.filter((a) => a.number.endsWith(accountHint)) : all;
      if (accounts.length === 0) return { asOf: today, accounts: [] };
      const numbers = accounts.map((a) => a.number);
      const [runs, groups] = await Promise.all([selectLatestRuns(db, numbers), selectOpenGroups(db, ACTIVE_STATES, numbers)]);
      const due = accounts.filter((a) => !a.exempt).map((a) => ({ account: a.number, period: duePeriod(a.cycle, today).label }));
      const done = await selectRunPeriods(db, due);
      const view: AccountStatus[] = accounts.map((a) => {
        const run = runs.find((r) => r.account === a.number);
        const dueHere = due.find((d) => d.account === a.number);
        return {
          account: a.number,
          name: a.name,
          currency: a.currency,
          lastRun: run ? { runId: run.id, period: run.period, at: dateIn(run.started_at, timeZone) } : null,
          matched: run?.matched ? Number(run.matched) : 0,
          open: groups
            .filter((g) => g.account === a.number)
            .map((g) => ({ kind: g.kind, count: Number(g.count), amount: g.amount, oldestDays: Math.max(0, daysBetween(dateIn(g.oldest, timeZone), today)) })),
          balanced: run?.balanced === 'true' ? true : run?.balanced === 'false' ? false : null,
          due: dueHere !== undefined && !done.has(`${dueHere.account}|${dueHere.period}`),
        };
      });
      return { asOf: today, accounts: view };
    },
  };
}
