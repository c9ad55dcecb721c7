/**
 * Where reconciliation stands, across accounts or for one: last run, open differences by kind
 * with amounts and age, statements that do not add up, and accounts whose due period (by their
 * cycle) has not been reconciled. The bot's status card and daily summary read this.
 */
import { Decimal } from '../money.ts';
import type { DifferenceKind } from '../model.ts';
import { lastAuditSeq } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import { selectAddsUpFailures, selectCurrentRunSpans, selectDifferenceTotals, selectLatestRunPerAccount } from '../store/status.ts';
import { getAccount, listAccounts, type Account } from './accounts.ts';
import { ACTIVE_STATES } from './differences.ts';
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
  /** Differences that still need somebody, by kind. */
  readonly open: { count: number; absoluteAmount: Decimal; oldestDays: number; byKind: KindTotal[]; awaitingApproval: number };
  /** Imported statements whose opening + entries ≠ closing. */
  readonly addsUpFailures: number;
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

/** Status of every account (or one: STORE.UNKNOWN_ACCOUNT when it does not exist) as of a moment. */
export async function getStatus(db: Db, q: { account?: string | undefined; asOf: Date }): Promise<StatusReport> {
  const accounts = q.account ? [await getAccount(db, q.account)] : await listAccounts(db);
  const only = q.account ?? null;
  const today = q.asOf.toISOString().slice(0, 10);
  const runs = await selectLatestRunPerAccount(db, only);
  const diffs = await selectDifferenceTotals(db, only, ACTIVE_STATES);
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
      for (const d of mine) {
        const k = kinds.get(d.kind) ?? { count: 0, amount: new Decimal(0), oldest: d.oldest };
        kinds.set(d.kind, { count: k.count + Number(d.n), amount: k.amount.plus(d.total), oldest: d.oldest < k.oldest ? d.oldest : k.oldest });
        absolute = absolute.plus(d.abs_total);
        if (oldest === null || d.oldest < oldest) oldest = d.oldest;
        if (d.state === 'proposed') awaiting += Number(d.n);
      }
      const age = (d: string): number => Math.max(0, daysBetween(d, today));
      const byKind = [...kinds.entries()]
        .map(([kind, v]) => ({ kind, count: v.count, amount: v.amount, oldestDays: age(v.oldest) }))
        .sort((a, b) => (a.kind < b.kind ? -1 : 1));
      return {
        account,
        lastRun: run ? { runId: run.id, period: run.period, at: run.started_at, balanced: run.report.balance.balanced, differences: run.report.summary.differences, matchedBank: run.report.summary.matchedBank, bankCount: run.report.summary.bankCount,
          openingGaps: run.report.openingGaps.map((g) => ({ side: g.side, stated: g.stated, given: g.given, period: g.period })) } : null,
        duePeriod: due?.label ?? null,
        dueNotRun: due !== null && !covered,
        open: { count: byKind.reduce((n, k) => n + k.count, 0), absoluteAmount: absolute, oldestDays: oldest ? age(oldest) : 0, byKind, awaitingApproval: awaiting },
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
export function cachedStatus(db: Db): (asOf: Date) => Promise<StatusReport> {
  let last: { key: string; report: Promise<StatusReport> } | null = null;
  return async (asOf) => {
    const key = `${await statusVersion(db)}|${asOf.toISOString().slice(0, 10)}`;
    if (last?.key !== key) {
      const report = getStatus(db, { asOf });
      last = { key, report };
      // A failed computation is not kept: the next question tries again.
      report.catch(() => {
        if (last?.report === report) last = null;
      });
    }
    return last.report;
  };
}
