/**
 * Repository for the runs table itself: one row per run, its id drawn before the row is written
 * so the superseded run can point at it. A run's lines, matches and differences are in runs.ts.
 */
import { z } from 'zod';
import type { Db } from './db.ts';

const IdRowSchema = z.object({ id: z.string() });

/** Draws the id the next run will have (the sequence of runs.id). */
export async function nextRunId(db: Db): Promise<string> {
  const res = await db.query(`SELECT nextval(pg_get_serial_sequence('runs', 'id'))::text AS id`);
  return IdRowSchema.parse(res.rows[0]).id;
}

/** Marks the current run of `account` and `period` superseded by run `by`; returns its id, or null when there was none. */
export async function supersedeCurrentRun(db: Db, account: string, period: string, by: string): Promise<string | null> {
  const res = await db.query(
    `UPDATE runs SET superseded_by = $3 WHERE account = $1 AND period = $2 AND superseded_by IS NULL RETURNING id::text AS id`,
    [account, period, by],
  );
  return res.rows[0] ? IdRowSchema.parse(res.rows[0]).id : null;
}

export interface NewRun {
  readonly id: string;
  readonly account: string;
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly runBy: string;
  readonly at: Date;
  /** Stored as jsonb. */
  readonly options: unknown;
  /** Stored as jsonb: what status and the record read back without the matches. */
  readonly report: unknown;
  /** The book closing the run used, carried as the next period's opening (null: none known). */
  readonly ledgerClosing?: string | null;
}

export async function insertRun(db: Db, run: NewRun): Promise<void> {
  await db.query(
    `INSERT INTO runs (id, account, period, date_from, date_to, run_by, started_at, options, report, ledger_closing)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10)`,
    [run.id, run.account, run.period, run.from, run.to, run.runBy, run.at.toISOString(), JSON.stringify(run.options), JSON.stringify(run.report), run.ledgerClosing ?? null],
  );
}

const CurrentRunSchema = z.object({ id: z.string(), run_by: z.string(), started_at: z.date() });
export type CurrentRunRow = z.infer<typeof CurrentRunSchema>;

/** The current (not superseded) run of `account` for `period`, or null. */
export async function selectCurrentRun(db: Db, account: string, period: string): Promise<CurrentRunRow | null> {
  const res = await db.query('SELECT id::text AS id, run_by, started_at FROM runs WHERE account = $1 AND period = $2 AND superseded_by IS NULL', [account, period]);
  return res.rows[0] ? CurrentRunSchema.parse(res.rows[0]) : null;
}

/** Whether `period` of `account` was ever run (current or superseded). */
export async function periodWasRun(db: Db, account: string, period: string): Promise<boolean> {
  const res = await db.query('SELECT 1 FROM runs WHERE account = $1 AND period = $2 LIMIT 1', [account, period]);
  return res.rows.length > 0;
}

const RunBalanceSchema = z.object({ id: z.string(), balance: z.object({
  bankClosing: z.string().nullable(), ledgerClosing: z.string().nullable(), adjustedBank: z.string().nullable(), adjustedLedger: z.string().nullable(), balanced: z.boolean(),
}) });
export type RunBalanceRow = z.infer<typeof RunBalanceSchema>;

/** The balance statement (余额调节表) the current run of `account` and `period` stored, or null. */
export async function selectCurrentRunBalance(db: Db, account: string, period: string): Promise<RunBalanceRow | null> {
  const res = await db.query(
    `SELECT id::text AS id, report->'balance' AS balance FROM runs WHERE account = $1 AND period = $2 AND superseded_by IS NULL`, [account, period],
  );
  return res.rows[0] ? RunBalanceSchema.parse(res.rows[0]) : null;
}
