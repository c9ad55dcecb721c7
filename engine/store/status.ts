/**
 * The aggregates status reads (service/status.ts), across accounts or for one (`account` null:
 * all): each account's latest current run, its active differences totalled by kind and state,
 * the spans its current runs cover, and its statements that do not add up. Also the two reads
 * the bot's day-end and open-differences ports make (selectRunPeriods, selectOpenGroups).
 */
import { z } from 'zod';
import { DifferenceKindSchema } from '../model.ts';
import type { Db } from './db.ts';

const LatestRunSchema = z.object({ account: z.string(), id: z.string(), period: z.string(), started_at: z.date(), report: z.object({
  summary: z.object({ differences: z.number(), matchedBank: z.number(), bankCount: z.number() }),
  balance: z.object({ balanced: z.boolean() }),
  // Runs stored before issue 20 have no openingGaps.
  openingGaps: z.array(z.object({ side: z.enum(['bank', 'ledger']), stated: z.string(), given: z.string(), period: z.string().nullable() })).default([]),
}) });
export type LatestRunRow = z.infer<typeof LatestRunSchema>;

const DifferenceTotalSchema = z.object({ account: z.string(), kind: DifferenceKindSchema, state: z.string(), n: z.string(), total: z.string(), abs_total: z.string(), oldest: z.string() });
export type DifferenceTotalRow = z.infer<typeof DifferenceTotalSchema>;

const RunSpanSchema = z.object({ account: z.string(), date_from: z.string(), date_to: z.string() });
export type RunSpanRow = z.infer<typeof RunSpanSchema>;

const CountSchema = z.object({ account: z.string(), n: z.string() });
export type AccountCountRow = z.infer<typeof CountSchema>;

const OpenGroupSchema = z.object({
  account: z.string(),
  kind: DifferenceKindSchema,
  count: z.string(),
  amount: z.string(),
  oldest: z.date(),
});
export type OpenGroupRow = z.infer<typeof OpenGroupSchema>;

/** The most recently started current run of each account. */
export async function selectLatestRunPerAccount(db: Db, account: string | null): Promise<LatestRunRow[]> {
  const res = await db.query(
    `SELECT DISTINCT ON (account) account, id::text AS id, period, started_at, report FROM runs
      WHERE superseded_by IS NULL AND ($1::text IS NULL OR account = $1) ORDER BY account, started_at DESC, id DESC`, [account],
  );
  return res.rows.map((r) => LatestRunSchema.parse(r));
}

/**
 * Differences in `states`, counted and summed (signed and absolute) per account, kind and state,
 * with the date of the earliest line any of them holds: how long the item has been outstanding.
 */
export async function selectDifferenceTotals(db: Db, account: string | null, states: readonly string[]): Promise<DifferenceTotalRow[]> {
  const res = await db.query(
    `SELECT d.account, d.kind, d.state, count(*)::text AS n, sum(d.amount)::text AS total, sum(abs(d.amount))::text AS abs_total,
            min((SELECT min(t.date) FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids)))::text AS oldest
       FROM differences d WHERE d.state = ANY($2::text[]) AND ($1::text IS NULL OR d.account = $1) GROUP BY d.account, d.kind, d.state`,
    [account, states],
  );
  return res.rows.map((r) => DifferenceTotalSchema.parse(r));
}

/** The date span of every current run. */
export async function selectCurrentRunSpans(db: Db, account: string | null): Promise<RunSpanRow[]> {
  const res = await db.query(
    `SELECT account, date_from, date_to FROM runs WHERE superseded_by IS NULL AND ($1::text IS NULL OR account = $1)`, [account],
  );
  return res.rows.map((r) => RunSpanSchema.parse(r));
}

/** Per account, how many imported statements do not add up (opening + entries ≠ closing). */
export async function selectAddsUpFailures(db: Db, account: string | null): Promise<AccountCountRow[]> {
  const res = await db.query(
    `SELECT account, count(*)::text AS n FROM statements WHERE adds_up = false AND ($1::text IS NULL OR account = $1) GROUP BY account`, [account],
  );
  return res.rows.map((r) => CountSchema.parse(r));
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
