/**
 * The reads behind the reconciliation record (service/record.ts) of one account and period:
 * the current run, its matches and the manual matches made for the period's differences, and
 * the period's differences that still stand with their latest resolution. Lines are named by
 * the bank's ids (ext_id), as the record shows them.
 */
import { z } from 'zod';
import type { Db } from './db.ts';

const RecordRunSchema = z.object({
  id: z.string(), started_at: z.date(), run_by: z.string(), options: z.unknown(),
  report: z.object({
    summary: z.object({ bankCount: z.number(), ledgerCount: z.number(), matchedBank: z.number(), matchedLedger: z.number(), differences: z.number(), balanced: z.boolean() }),
    balance: z.object({ bankClosing: z.string(), ledgerClosing: z.string(), adjustedBank: z.string(), adjustedLedger: z.string(), balanced: z.boolean() }),
    /** Differences of other runs its balance statement counts (runs stored before there was this field: none). */
    countedDifferences: z.array(z.string().regex(/^\d{1,18}$/)).default([]),
    /** Lines its balance statement counted as in transit (same: none before the field). */
    countedLines: z.array(z.string().regex(/^\d{1,18}$/)).default([]),
    /** Closed manual matches whose residual its balance statement counted (same: none before the field). */
    countedMatches: z.array(z.string().regex(/^\d{1,18}$/)).default([]),
  }),
});
export type RecordRunRow = z.infer<typeof RecordRunSchema>;

const RecordMatchSchema = z.object({ rule: z.string(), bank: z.array(z.string()), ledger: z.array(z.string()), difference: z.string() });
export type RecordMatchRow = z.infer<typeof RecordMatchSchema>;

const RecordDifferenceSchema = z.object({
  id: z.string(), run_id: z.string(), kind: z.string(), side: z.string(), amount: z.string(), state: z.string(), lines: z.array(z.string()),
  r_kind: z.string().nullable(), r_reason: z.string().nullable(), r_by: z.string().nullable(), r_decision: z.string().nullable(), r_decided_by: z.string().nullable(),
});
export type RecordDifferenceRow = z.infer<typeof RecordDifferenceSchema>;

const lineIds = (col: string): string =>
  `coalesce((SELECT array_agg(t.ext_id ORDER BY t.ext_id) FROM transactions t WHERE t.id = ANY(${col})), '{}')`;

/** The period's runs, the current one included ($1 account, $2 period). */
const RUNS_OF_PERIOD = `SELECT r.id FROM runs r WHERE r.account = $1 AND r.period = $2`;
const MATCH_COLUMNS = `m.rule, ${lineIds('m.bank_ids')} AS bank, ${lineIds('m.ledger_ids')} AS ledger, m.difference::text AS difference`;

/** The current run of the period with its stored summary and balance, or null. */
export async function selectRecordRun(db: Db, account: string, period: string): Promise<RecordRunRow | null> {
  const res = await db.query(
    `SELECT id::text AS id, started_at, run_by, options, report FROM runs WHERE account = $1 AND period = $2 AND superseded_by IS NULL`,
    [account, period],
  );
  return res.rows[0] ? RecordRunSchema.parse(res.rows[0]) : null;
}

/**
 * The run's matches, then the manual matches (no run) that approved resolutions of the period's
 * differences made or whose residual the run counted (`counted`); each group in id order.
 */
export async function selectRecordMatches(db: Db, account: string, period: string, runId: string, counted: readonly string[] = []): Promise<RecordMatchRow[]> {
  const runMatches = await db.query(`SELECT ${MATCH_COLUMNS} FROM matches m WHERE m.run_id = $1 ORDER BY m.id`, [runId]);
  const manualMatches = await db.query(
    `SELECT ${MATCH_COLUMNS} FROM matches m
      WHERE m.account = $1 AND m.run_id IS NULL AND (m.id = ANY($3::bigint[]) OR EXISTS (
            SELECT 1 FROM differences d JOIN resolutions x ON x.difference_id = d.id
             WHERE d.run_id IN (${RUNS_OF_PERIOD}) AND x.kind = 'manual_match' AND x.decision = 'approved'
               AND (d.bank_ids || d.ledger_ids) && (m.bank_ids || m.ledger_ids)))
      ORDER BY m.id`,
    [account, period, counted],
  );
  return [...runMatches.rows, ...manualMatches.rows].map((r) => RecordMatchSchema.parse(r));
}

/**
 * Differences found by any run of the period that still stand (not superseded), and those of
 * other runs the current run's balance statement counted (`counted`, whatever their state now),
 * with the latest resolution's kind, reason, proposer and decision; in id order. Differences people
 * took up were kept out of later runs and still belong to this period.
 */
export async function selectRecordDifferences(db: Db, account: string, period: string, counted: readonly string[] = []): Promise<RecordDifferenceRow[]> {
  const res = await db.query(
    `SELECT d.id::text AS id, d.run_id::text AS run_id, d.kind, d.side, d.amount::text AS amount, d.state, ${lineIds('d.bank_ids || d.ledger_ids')} AS lines,
            r.kind AS r_kind, r.reason AS r_reason, r.proposed_by AS r_by, r.decision AS r_decision, r.decided_by AS r_decided_by
       FROM differences d
       LEFT JOIN LATERAL (SELECT * FROM resolutions x WHERE x.difference_id = d.id ORDER BY x.id DESC LIMIT 1) r ON true
      WHERE (d.run_id IN (${RUNS_OF_PERIOD}) AND d.state <> 'superseded') OR (d.account = $1 AND d.id = ANY($3::bigint[]))
      ORDER BY d.id`, [account, period, counted],
  );
  return res.rows.map((r) => RecordDifferenceSchema.parse(r));
}

const RecordLineSchema = z.object({ line: z.string(), side: z.enum(['bank', 'ledger']), date: z.string(), amount: z.string() });
export type RecordLineRow = z.infer<typeof RecordLineSchema>;

/** Lines `ids` of the account as the record names them (bank id, side, date, amount), in store id order. */
export async function selectRecordLines(db: Db, account: string, ids: readonly string[]): Promise<RecordLineRow[]> {
  if (ids.length === 0) return [];
  const res = await db.query(
    `SELECT t.ext_id AS line, t.side, t.date::text AS date, t.amount::text AS amount FROM transactions t
      WHERE t.account = $1 AND t.id = ANY($2::bigint[]) ORDER BY t.id`, [account, ids],
  );
  return res.rows.map((r) => RecordLineSchema.parse(r));
}
