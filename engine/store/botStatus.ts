/**
 * Read-only aggregates the bot's status reply needs, in two queries whatever the number of
 * accounts: the current run of each account and its open differences grouped by kind.
 * (Interim home: to be replaced by the store's status service when it lands.)
 */
import { z } from 'zod';
import type { Db } from './db.ts';

const LatestRunSchema = z.object({
  account: z.string(),
  id: z.string(),
  period: z.string(),
  date_from: z.string(),
  date_to: z.string(),
  started_at: z.date(),
  matched: z.string().nullable(),
  balanced: z.string().nullable(),
});
export type LatestRunRow = z.infer<typeof LatestRunSchema>;

const OpenGroupSchema = z.object({
  account: z.string(),
  kind: z.enum(['bank_only_credit', 'bank_only_debit', 'ledger_only_credit', 'ledger_only_debit', 'amount_mismatch', 'duplicate']),
  count: z.string(),
  amount: z.string(),
  oldest: z.date(),
});
export type OpenGroupRow = z.infer<typeof OpenGroupSchema>;

/** The current (not superseded) run with the latest end date per account. */
export async function selectLatestRuns(db: Db, accounts?: readonly string[]): Promise<LatestRunRow[]> {
  const res = await db.query(
    `SELECT DISTINCT ON (account) account, id::text AS id, period, date_from, date_to, started_at,
            report->'summary'->>'matchedBank' AS matched, report->'balance'->>'balanced' AS balanced
       FROM runs
      WHERE superseded_by IS NULL AND ($1::text[] IS NULL OR account = ANY($1::text[]))
      ORDER BY account, date_to DESC, id DESC`,
    [accounts ?? null],
  );
  return res.rows.map((r) => LatestRunSchema.parse(r));
}

/** Periods that have a current run, per account (to tell which due periods are not run). */
export async function selectRunPeriods(db: Db, pairs: ReadonlyArray<{ account: string; period: string }>): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const res = await db.query(
    `SELECT account || '|' || period AS k FROM runs
      WHERE superseded_by IS NULL AND (account || '|' || period) = ANY($1::text[])`,
    [pairs.map((p) => `${p.account}|${p.period}`)],
  );
  return new Set(res.rows.map((r) => z.object({ k: z.string() }).parse(r).k));
}

/** Differences still needing somebody, grouped by account and kind, with sums and oldest creation. */
export async function selectOpenGroups(db: Db, states: readonly string[], accounts?: readonly string[]): Promise<OpenGroupRow[]> {
  const res = await db.query(
    `SELECT account, kind, count(*)::text AS count, sum(amount)::text AS amount, min(created_at) AS oldest
       FROM differences
      WHERE state = ANY($1::text[]) AND ($2::text[] IS NULL OR account = ANY($2::text[]))
      GROUP BY account, kind
      ORDER BY account, kind`,
    [states, accounts ?? null],
  );
  return res.rows.map((r) => OpenGroupSchema.parse(r));
}
