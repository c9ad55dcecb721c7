/**
 * StatusPort over the store's status service (engine/service/status.ts): last run, open
 * differences by kind with amounts and age, balance verdict, due and not run. The account hint is
 * the last digits a person typed ("账户 1234"); every account ending with them is shown.
 */
import type { Db } from '../../engine/store/db.ts';
import { cachedStatus } from '../../engine/service/status.ts';
import type { AccountStatus, StatusPort, StatusView } from '../../dialogs/ports.ts';

export function statusPort(db: Db, now: () => Date, timeZone: string): StatusPort {
  // en-CA formats as YYYY-MM-DD. Built once: constructing a DateTimeFormat costs far more than using it.
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  /** The calendar date of `at` in the time zone (the branch's "today"). */
  const dateIn = (at: Date): string => dayFormat.format(at);
  const status = cachedStatus(db);
  return {
    async status({ accountHint }): Promise<StatusView> {
      const at = now();
      const report = await status(at);
      const accounts: AccountStatus[] = report.accounts
        .filter((s) => !accountHint || s.account.number.endsWith(accountHint))
        .map((s) => ({
          account: s.account.number,
          name: s.account.name,
          currency: s.account.currency,
          lastRun: s.lastRun ? { runId: s.lastRun.runId, period: s.lastRun.period, at: dateIn(s.lastRun.at) } : null,
          matched: s.lastRun?.matchedBank ?? 0,
          open: s.open.byKind.map((k) => ({ kind: k.kind, count: k.count, amount: k.amount.toFixed(), oldestDays: k.oldestDays })),
          balanced: s.lastRun ? s.lastRun.balanced : null,
          due: s.dueNotRun,
          openingGaps: s.lastRun?.openingGaps ?? [],
        }));
      return { asOf: dateIn(at), accounts };
    },
  };
}
