/**
 * StatusPort over the store's status service (engine/service/status.ts): last run, open
 * differences by kind with amounts and age, balance verdict, due and not run. The account hint is
 * the last digits a person typed ("账户 1234"); every account ending with them is shown.
 */
import type { Db } from '../../engine/store/db.ts';
import { cachedStatus, type AccountStanding } from '../../engine/service/status.ts';
import type { AccountStatus, StatusPort, StatusView } from '../../dialogs/ports.ts';

/** The calendar date of an instant in the time zone (the branch's "today"), YYYY-MM-DD. */
export function dayIn(timeZone: string): (at: Date) => string {
  // en-CA formats as YYYY-MM-DD. Built once: constructing a DateTimeFormat costs far more than using it.
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => dayFormat.format(at);
}

/** One account's standing as the dialogs see it (status card, daily summary, run results). */
export function accountStatusOf(s: AccountStanding, dateIn: (at: Date) => string): AccountStatus {
  return {
    account: s.account.number,
    name: s.account.name,
    currency: s.account.currency,
    lastRun: s.lastRun ? { runId: s.lastRun.runId, period: s.lastRun.period, at: dateIn(s.lastRun.at) } : null,
    matched: s.lastRun?.matchedBank ?? 0,
    open: s.open.byKind.map((k) => ({ kind: k.kind, count: k.count, amount: k.amount.toFixed(), oldestDays: k.oldestDays })),
    awaiting: { count: s.open.awaitingApproval, amount: s.open.awaitingAmount.toFixed() },
    customer: { count: s.open.awaitingCustomer, amount: s.open.awaitingCustomerAmount.toFixed() },
    inTransit: {
      count: s.inTransit.count,
      overdue: s.inTransit.overdue.map((o) => ({ id: o.differenceId, kind: o.kind, amount: o.amount.toFixed(), expected: o.expected, daysLate: o.daysLate, counterparty: o.counterparty })),
    },
    balanced: s.lastRun ? s.lastRun.balanced : null,
    due: s.dueNotRun,
    openingGaps: s.lastRun?.openingGaps ?? [],
  };
}

export function statusPort(db: Db, now: () => Date, timeZone: string): StatusPort {
  const dateIn = dayIn(timeZone);
  const status = cachedStatus(db);
  return {
    async status({ accountHint }): Promise<StatusView> {
      const at = now();
      const report = await status(at, dateIn(at));
      const accounts: AccountStatus[] = report.accounts
        .filter((s) => !accountHint || s.account.number.endsWith(accountHint))
        .map((s) => accountStatusOf(s, dateIn));
      return { asOf: dateIn(at), accounts };
    },
  };
}
