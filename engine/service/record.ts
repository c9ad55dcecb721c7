/**
 * The reconciliation record (对账记录) of one account and period: the current run with its
 * balance statement and matches, the manual matches people made for the period's differences,
 * and every difference of the period that still stands, with its state and decisions, lines
 * named by the bank's ids. Exported as JSON, CSV or XLSX (export.ts).
 *
 * A re-run keeps lines that people are handling (or have decided) out of the new run, so their
 * differences stay with the earlier run they were found in; the record lists them too, each
 * naming its run (`run`). Only differences explained again (superseded) are left out. So are the
 * differences of other periods' runs, except those the current run's balance statement counted (a
 * day's amount mismatch in the month's, say): they are listed too, so its figures add up.
 */
import { EngineError } from '../errors.ts';
import { Decimal } from '../money.ts';
import type { Db } from '../store/db.ts';
import { oneSidedKind } from '../reconcile.ts';
import { selectRecordDifferences, selectRecordLines, selectRecordMatches, selectRecordRun } from '../store/record.ts';
import { getAccount, type Account } from './accounts.ts';
import { parsePeriod } from './period.ts';

export interface RecordMatch {
  readonly rule: string;
  readonly bank: string[];
  readonly ledger: string[];
  readonly difference: string;
}

export interface RecordDifference {
  readonly id: string;
  /** The run that found it: the current run, or an earlier run of the period for one carried over. */
  readonly run: string;
  readonly kind: string;
  readonly side: string;
  readonly amount: string;
  readonly state: string;
  readonly lines: string[];
  readonly resolution: { kind: string; reason: string; proposedBy: string; decision: string | null; decidedBy: string | null } | null;
}

/** A line the balance statement counted as in transit on the period's last day (a match of a later run holds it, or a pending manual match). */
export interface RecordInTransitLine {
  readonly line: string;
  readonly side: 'bank' | 'ledger';
  readonly date: string;
  readonly amount: string;
  /** The one-sided kind it counted as. */
  readonly kind: string;
}

export interface ReconciliationRecord {
  readonly account: { number: string; name: string; currency: string; customer: string; branch: string };
  readonly period: string;
  readonly run: { id: string; at: string; by: string; options: unknown };
  readonly summary: { bankCount: number; ledgerCount: number; matchedBank: number; matchedLedger: number; differences: number; balanced: boolean };
  readonly balance: { bankClosing: string; ledgerClosing: string; adjustedBank: string; adjustedLedger: string; balanced: boolean };
  readonly matches: RecordMatch[];
  readonly differences: RecordDifference[];
  /** Lines counted in transit (runs stored before this was kept list none). */
  readonly inTransit: RecordInTransitLine[];
}

/** The record of the current run of `period`; STORE.NO_RUN when the period was never run. */
export async function buildRecord(db: Db, accountNumber: string, periodLabel: string): Promise<ReconciliationRecord> {
  const account: Account = await getAccount(db, accountNumber);
  const period = parsePeriod(periodLabel);
  const run = await selectRecordRun(db, account.number, period.label);
  if (!run) throw new EngineError('STORE.NO_RUN', `no run of ${account.number} for ${period.label}`, { account: account.number, period: period.label });
  const matches = await selectRecordMatches(db, account.number, period.label, run.id, run.report.countedMatches);
  const differences = await selectRecordDifferences(db, account.number, period.label, run.report.countedDifferences);
  const inTransit = await selectRecordLines(db, account.number, run.report.countedLines);
  return {
    account: { number: account.number, name: account.name, currency: account.currency, customer: account.customer, branch: account.branch },
    period: period.label,
    run: { id: run.id, at: run.started_at.toISOString(), by: run.run_by, options: run.options },
    summary: run.report.summary,
    balance: run.report.balance,
    matches,
    differences: differences.map((d) => ({
      id: d.id, run: d.run_id, kind: d.kind, side: d.side, amount: d.amount, state: d.state, lines: d.lines,
      resolution: d.r_kind === null ? null : { kind: d.r_kind, reason: d.r_reason ?? '', proposedBy: d.r_by ?? '', decision: d.r_decision, decidedBy: d.r_decided_by },
    })),
    inTransit: inTransit.map((l) => ({ ...l, kind: oneSidedKind(l.side, !new Decimal(l.amount).isNegative()) })),
  };
}
