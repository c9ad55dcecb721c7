/**
 * The reconciliation record (对账记录) of one account and period: the current run with its
 * balance statement and matches, the manual matches people made for the period's differences,
 * and every difference of the period that still stands, with its state and decisions, lines
 * named by the bank's ids. Exported as JSON, CSV or XLSX (export.ts).
 *
 * A re-run keeps lines that people are handling (or have decided) out of the new run, so their
 * differences stay with the earlier run they were found in; the record lists them too, each
 * naming its run (`run`). Only differences explained again (superseded) are left out.
 */
import { z } from 'zod';
import { EngineError } from '../errors.ts';
import type { Db } from '../store/db.ts';
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

export interface ReconciliationRecord {
  readonly account: { number: string; name: string; currency: string; customer: string; branch: string };
  readonly period: string;
  readonly run: { id: string; at: string; by: string; options: unknown };
  readonly summary: { bankCount: number; ledgerCount: number; matchedBank: number; matchedLedger: number; differences: number; balanced: boolean };
  readonly balance: { bankClosing: string; ledgerClosing: string; adjustedBank: string; adjustedLedger: string; balanced: boolean };
  readonly matches: RecordMatch[];
  readonly differences: RecordDifference[];
}

const RunRow = z.object({
  id: z.string(), started_at: z.date(), run_by: z.string(), options: z.unknown(),
  report: z.object({
    summary: z.object({ bankCount: z.number(), ledgerCount: z.number(), matchedBank: z.number(), matchedLedger: z.number(), differences: z.number(), balanced: z.boolean() }),
    balance: z.object({ bankClosing: z.string(), ledgerClosing: z.string(), adjustedBank: z.string(), adjustedLedger: z.string(), balanced: z.boolean() }),
  }),
});
const MatchRow = z.object({ rule: z.string(), bank: z.array(z.string()), ledger: z.array(z.string()), difference: z.string() });
const DiffRow = z.object({
  id: z.string(), run_id: z.string(), kind: z.string(), side: z.string(), amount: z.string(), state: z.string(), lines: z.array(z.string()),
  r_kind: z.string().nullable(), r_reason: z.string().nullable(), r_by: z.string().nullable(), r_decision: z.string().nullable(), r_decided_by: z.string().nullable(),
});

const lineIds = (col: string): string =>
  `coalesce((SELECT array_agg(t.ext_id ORDER BY t.ext_id) FROM transactions t WHERE t.id = ANY(${col})), '{}')`;

/** The record of the current run of `period`; STORE.NO_RUN when the period was never run. */
export async function buildRecord(db: Db, accountNumber: string, periodLabel: string): Promise<ReconciliationRecord> {
  const account: Account = await getAccount(db, accountNumber);
  const period = parsePeriod(periodLabel);
  const runRes = await db.query(
    `SELECT id::text AS id, started_at, run_by, options, report FROM runs WHERE account = $1 AND period = $2 AND superseded_by IS NULL`,
    [account.number, period.label],
  );
  if (!runRes.rows[0]) throw new EngineError('STORE.NO_RUN', `no run of ${account.number} for ${period.label}`, { account: account.number, period: period.label });
  const run = RunRow.parse(runRes.rows[0]);
  // The period's runs, the current one included: differences found by an earlier run that people
  // have taken up were kept out of the later runs and still belong to this period.
  const runsOfPeriod = `SELECT r.id FROM runs r WHERE r.account = $1 AND r.period = $2`;
  const matchColumns = `m.rule, ${lineIds('m.bank_ids')} AS bank, ${lineIds('m.ledger_ids')} AS ledger, m.difference::text AS difference`;
  const runMatches = await db.query(`SELECT ${matchColumns} FROM matches m WHERE m.run_id = $1 ORDER BY m.id`, [run.id]);
  // Manual matches (no run) that approved resolutions of this period's differences made.
  const manualMatches = await db.query(
    `SELECT ${matchColumns} FROM matches m
      WHERE m.account = $1 AND m.run_id IS NULL AND EXISTS (
            SELECT 1 FROM differences d JOIN resolutions x ON x.difference_id = d.id
             WHERE d.run_id IN (${runsOfPeriod}) AND x.kind = 'manual_match' AND x.decision = 'approved'
               AND (d.bank_ids || d.ledger_ids) && (m.bank_ids || m.ledger_ids))
      ORDER BY m.id`,
    [account.number, period.label],
  );
  const matches = [...runMatches.rows, ...manualMatches.rows].map((r) => MatchRow.parse(r));
  const differences = (await db.query(
    `SELECT d.id::text AS id, d.run_id::text AS run_id, d.kind, d.side, d.amount::text AS amount, d.state, ${lineIds('d.bank_ids || d.ledger_ids')} AS lines,
            r.kind AS r_kind, r.reason AS r_reason, r.proposed_by AS r_by, r.decision AS r_decision, r.decided_by AS r_decided_by
       FROM differences d
       LEFT JOIN LATERAL (SELECT * FROM resolutions x WHERE x.difference_id = d.id ORDER BY x.id DESC LIMIT 1) r ON true
      WHERE d.run_id IN (${runsOfPeriod}) AND d.state <> 'superseded'
      ORDER BY d.id`, [account.number, period.label],
  )).rows.map((r) => DiffRow.parse(r));
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
  };
}
