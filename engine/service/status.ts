/**
 * Where reconciliation stands, across accounts or for one: last run, open differences by kind
 * with amounts and age, statements that do not add up, and accounts whose due period (by their
 * cycle) has not been reconciled. The bot's status card and daily summary read this.
 */
import { Decimal } from '../money.ts';
import { DifferenceKindSchema, type DifferenceKind } from '../model.ts';
import { lastAuditSeq } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import { selectTransitStanding } from '../store/inTransit.ts';
import { selectAddsUpFailures, selectCurrentRunSpans, selectDifferenceTotals, selectLatestRunPerAccount } from '../store/status.ts';
import { getAccount, listAccounts, type Account } from './accounts.ts';
import { ACTIONABLE_STATES, ACTIVE_STATES, ageInDays, AWAITING_STATES, CUSTOMER_STATES } from './differences.ts';
import { daysBetween, duePeriod } from './period.ts';

export interface KindTotal {
  readonly kind: DifferenceKind;
  readonly count: number;
  /** Signed sum of the differences' amounts. */
  readonly amount: Decimal;
  readonly oldestDays: number;
}

/** Where reconciliation stands for one account. */
export interface AccountStanding {
  readonly account: Account;
  readonly lastRun: {
    runId: string; period: string; at: Date; balanced: boolean; differences: number; matchedBank: number; bankCount: number;
    /** A journal's opening that was not the carried closing (a gap between periods): the branch wants to hear of it. */
    openingGaps: OpeningGapNote[];
  } | null;
  /** The period the account's cycle makes due as of the day; null for exempt accounts. */
  readonly duePeriod: string | null;
  /** Due and no current run covers it. */
  readonly dueNotRun: boolean;
  /**
   * 未处理: differences staff act on (open, in review, rejected: what the lists show), by kind;
   * ages by ageInDays (differences.ts). `awaitingApproval` (待审批: proposed) and
   * `awaitingCustomer` (approved 待客户确认 resolutions waiting for the customer) are counted apart
   * and not in `count`.
   */
  readonly open: {
    count: number; absoluteAmount: Decimal; oldestDays: number; byKind: KindTotal[];
    awaitingApproval: number; awaitingAmount: Decimal; awaitingCustomer: number; awaitingCustomerAmount: Decimal;
  };
  /** 未达账项 among the open ones: how many, and those past their expected date (ageing alert). */
  readonly inTransit: { count: number; overdue: OverdueTransit[] };
  /** Imported statements whose opening + entries ≠ closing. */
  readonly addsUpFailures: number;
}

/** An item in transit past the date it was expected to clear. */
export interface OverdueTransit {
  readonly differenceId: string;
  readonly kind: DifferenceKind;
  readonly amount: Decimal;
  readonly expected: string;
  /** Whole days since the expected date. */
  readonly daysLate: number;
  readonly counterparty: string;
}

/** A gap between a file's opening and the carried (or set) figure, as the latest run recorded it. */
export interface OpeningGapNote {
  readonly side: 'bank' | 'ledger';
  readonly stated: string;
  readonly given: string;
  readonly period: string | null;
}

export interface StatusReport {
  readonly asOf: string;
  readonly accounts: AccountStanding[];
}

/**
 * Status of every account (or one: STORE.UNKNOWN_ACCOUNT when it does not exist) as of a moment;
 * `today` is the branch's calendar day ages count to (default: the UTC date of `asOf`).
 */
export async function getStatus(db: Db, q: { account?: string | undefined; asOf: Date; today?: string }): Promise<StatusReport> {
  const accounts = q.account ? [await getAccount(db, q.account)] : await listAccounts(db);
  const only = q.account ?? null;
  const today = q.today ?? q.asOf.toISOString().slice(0, 10);
  const runs = await selectLatestRunPerAccount(db, only);
  const diffs = await selectDifferenceTotals(db, only, ACTIVE_STATES);
  const transit = await selectTransitStanding(db, only, ACTIONABLE_STATES);
  const covers = await selectCurrentRunSpans(db, only);
  const failures = await selectAddsUpFailures(db, only);

  return {
    asOf: today,
    accounts: accounts.map((account) => {
      const run = runs.find((r) => r.account === account.number);
      const due = account.exempt ? null : duePeriod(account.cycle, today);
      const covered = due !== null && covers.some((c) => c.account === account.number && c.date_from <= due.from && c.date_to >= due.to);
      const mine = diffs.filter((d) => d.account === account.number);
      const kinds = new Map<DifferenceKind, { count: number; amount: Decimal; oldest: string }>();
      let absolute = new Decimal(0);
      let oldest: string | null = null;
      let awaiting = 0;
      let awaitingAmount = new Decimal(0);
      let customer = 0;
      let customerAmount = new Decimal(0);
      for (const d of mine) {
        if (AWAITING_STATES.some((s) => s === d.state)) {
          awaiting += Number(d.n);
          awaitingAmount = awaitingAmount.plus(d.total);
          continue;
        }
        if (CUSTOMER_STATES.some((s) => s === d.state)) {
          customer += Number(d.n);
          customerAmount = customerAmount.plus(d.total);
          continue;
        }
        const k = kinds.get(d.kind) ?? { count: 0, amount: new Decimal(0), oldest: d.oldest };
        kinds.set(d.kind, { count: k.count + Number(d.n), amount: k.amount.plus(d.total), oldest: d.oldest < k.oldest ? d.oldest : k.oldest });
        absolute = absolute.plus(d.abs_total);
        if (oldest === null || d.oldest < oldest) oldest = d.oldest;
      }
      const age = (d: string): number => ageInDays(d, today);
      const marks = transit.filter((x) => x.account === account.number);
      const overdue = marks.filter((x) => x.expected_date < today).map((x) => ({
        differenceId: x.difference_id, kind: DifferenceKindSchema.parse(x.kind), amount: new Decimal(x.amount), expected: x.expected_date,
        daysLate: daysBetween(x.expected_date, today), counterparty: x.counterparty ?? '',
      }));
      const byKind = [...kinds.entries()]
        .map(([kind, v]) => ({ kind, count: v.count, amount: v.amount, oldestDays: age(v.oldest) }))
        .sort((a, b) => (a.kind < b.kind ? -1 : 1));
      return {
        account,
        lastRun: run ? { runId: run.id, period: run.period, at: run.started_at, balanced: run.report.balance.balanced, differences: run.report.summary.differences, matchedBank: run.report.summary.matchedBank, bankCount: run.report.summary.bankCount,
          openingGaps: run.report.openingGaps.map((g) => ({ side: g.side, stated: g.stated, given: g.given, period: g.period })) } : null,
        duePeriod: due?.label ?? null,
        dueNotRun: due !== null && !covered,
        open: { count: byKind.reduce((n, k) => n + k.count, 0), absoluteAmount: absolute, oldestDays: oldest ? age(oldest) : 0, byKind, awaitingApproval: awaiting, awaitingAmount, awaitingCustomer: customer, awaitingCustomerAmount: customerAmount },
        inTransit: { count: marks.length, overdue },
        addsUpFailures: Number(failures.find((f) => f.account === account.number)?.n ?? 0),
      };
    }),
  };
}

/**
 * A token that changes whenever something the status depends on changes. Every change to
 * accounts, statements, runs and differences appends to the audit log in the same transaction
 * (every state change lands there), so the log's last sequence number serves.
 */
export async function statusVersion(db: Db): Promise<string> {
  return lastAuditSeq(db);
}

/**
 * getStatus across all accounts, computed once per audit-log version and day: a question asked
 * while nothing changed costs one indexed read instead of the five status queries. The version is
 * read before the status, so a change committed in between only makes the next call recompute.
 * Concurrent callers share one computation.
 */
export function cachedStatus(db: Db): (asOf: Date, today?: string) => Promise<StatusReport> {
  let last: { key: string; report: Promise<StatusReport> } | null = null;
  return async (asOf, today = asOf.toISOString().slice(0, 10)) => {
    const key = `${await statusVersion(db)}|${today}`;
    if (last?.key !== key) {
      const report = getStatus(db, { asOf, today });
      last = { key, report };
      // A failed computation is not kept: the next question tries again.
      report.catch(() => {
        if (last?.report === report) last = null;
      });
    }
    return last.report;
  };
}
