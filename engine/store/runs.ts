/** Repository functions for runs, their matches and differences (bulk, as column arrays). */
import { z } from 'zod';
import type { Db } from './db.ts';
import { LINE_COLUMNS, StoredLineSchema, type StoredLine } from './transactions.ts';

/** A Postgres array literal of store ids, e.g. {12,13}. */
const idArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

/** Store ids are bigints as decimal text: a shorter one is smaller, else the text order is the number order. */
const byStoreId = (a: StoredLine, b: StoredLine): number =>
  a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Lines of an account dated up to `to` that nothing settles yet (see service/run.ts), in id
 * order. The rows are sorted here, not with ORDER BY: a month of a busy account is hundreds of
 * thousands of wide rows, which the server sorts on disk past `work_mem`, while they must all be
 * in memory here anyway.
 */
export async function selectUnsettledLines(db: Db, account: string, period: string, to: string): Promise<StoredLine[]> {
  const res = await db.query(
    `WITH settled AS (
       SELECT unnest(m.bank_ids || m.ledger_ids) AS id
         FROM matches m LEFT JOIN runs r ON r.id = m.run_id
        WHERE m.account = $1 AND (m.run_id IS NULL OR (r.superseded_by IS NULL AND r.period <> $2))
       UNION
       SELECT unnest(d.bank_ids || d.ledger_ids) FROM differences d
        WHERE d.account = $1 AND d.state NOT IN ('open', 'superseded'))
     SELECT ${LINE_COLUMNS} FROM transactions t
      WHERE t.account = $1 AND t.date <= $3 AND NOT EXISTS (SELECT 1 FROM settled s WHERE s.id = t.id)`,
    [account, period, to],
  );
  return res.rows.map((r) => StoredLineSchema.parse(r)).sort(byStoreId);
}

export interface StatementSpan {
  readonly from: string | null;
  readonly to: string | null;
}

/** Earliest and latest date any statement of the account covers, overall and overlapping [from, to]. */
export async function statementSpans(db: Db, account: string, from: string, to: string): Promise<{ all: StatementSpan; overlapping: number }> {
  const res = await db.query<{ first: string | null; last: string | null; overlapping: string }>(
    `SELECT min(date_from) AS first, max(date_to) AS last,
            count(*) FILTER (WHERE date_from <= $3 AND date_to >= $2)::text AS overlapping
       FROM statements WHERE account = $1`,
    [account, from, to],
  );
  const r = res.rows[0];
  return { all: { from: r?.first ?? null, to: r?.last ?? null }, overlapping: Number(r?.overlapping ?? 0) };
}

/** The stated closing balance of the side's latest statement closing on or before `to`. */
export async function latestClosing(db: Db, account: string, side: 'bank' | 'ledger', to: string): Promise<{ closing: string; date: string } | null> {
  const res = await db.query<{ closing: string; closing_date: string }>(
    `SELECT closing::text AS closing, coalesce(closing_date, date_to) AS closing_date FROM statements
      WHERE account = $1 AND side = $2 AND closing IS NOT NULL AND coalesce(closing_date, date_to) <= $3
      ORDER BY coalesce(closing_date, date_to) DESC, id DESC LIMIT 1`,
    [account, side, to],
  );
  const r = res.rows[0];
  return r ? { closing: r.closing, date: r.closing_date } : null;
}

export const OpenDifferenceRefSchema = z.object({ id: z.string(), bank_ids: z.array(z.string()), ledger_ids: z.array(z.string()) });

/** Open differences of an account (candidates to be superseded by a run). */
export async function selectOpenDifferences(db: Db, account: string): Promise<z.infer<typeof OpenDifferenceRefSchema>[]> {
  const res = await db.query(
    `SELECT id::text AS id, bank_ids::text[] AS bank_ids, ledger_ids::text[] AS ledger_ids FROM differences
      WHERE account = $1 AND state = 'open' ORDER BY id`,
    [account],
  );
  return res.rows.map((r) => OpenDifferenceRefSchema.parse(r));
}

export interface NewMatch {
  readonly rule: string;
  readonly bank: readonly string[];
  readonly ledger: readonly string[];
  readonly difference: string;
}

export async function insertMatches(db: Db, account: string, runId: string | null, rows: readonly NewMatch[], chunk = 20_000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await db.query(
      `INSERT INTO matches (account, run_id, rule, bank_ids, ledger_ids, difference)
       SELECT $1, $2, u.rule, u.b::bigint[], u.l::bigint[], u.d
         FROM unnest($3::text[], $4::text[], $5::text[], $6::numeric[]) AS u(rule, b, l, d)`,
      [account, runId, part.map((m) => m.rule), part.map((m) => idArray(m.bank)), part.map((m) => idArray(m.ledger)), part.map((m) => m.difference)],
    );
  }
}

export interface NewDifference {
  readonly kind: string;
  readonly side: string;
  readonly amount: string;
  readonly bank: readonly string[];
  readonly ledger: readonly string[];
}

export async function insertDifferences(db: Db, account: string, runId: string, actor: string, at: Date, rows: readonly NewDifference[], chunk = 20_000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await db.query(
      `INSERT INTO differences (account, run_id, kind, side, amount, bank_ids, ledger_ids, state, version, last_actor, created_at, updated_at)
       SELECT $1, $2, u.kind, u.side, u.amount, u.b::bigint[], u.l::bigint[], 'open', 1, $3, $4, $4
         FROM unnest($5::text[], $6::text[], $7::numeric[], $8::text[], $9::text[]) AS u(kind, side, amount, b, l)`,
      [account, runId, actor, at.toISOString(), part.map((d) => d.kind), part.map((d) => d.side), part.map((d) => d.amount),
        part.map((d) => idArray(d.bank)), part.map((d) => idArray(d.ledger))],
    );
  }
}
