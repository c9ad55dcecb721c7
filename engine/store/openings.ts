/**
 * What a run needs to know about the book's balance before its period (README: "The book side"):
 * the closing the last earlier run carried, the opening a journal of the period states, and the
 * sum of a side's lines over a span of dates (to roll a figure forward to the period's start).
 */
import { z } from 'zod';
import type { Db } from './db.ts';

const CarriedRowSchema = z.object({ period: z.string(), date_to: z.string(), ledger_closing: z.string() });

/** The book closing of the account's latest current run of a period ending before `before`. */
export async function carriedClosing(db: Db, account: string, before: string): Promise<{ period: string; to: string; closing: string } | null> {
  const res = await db.query(
    `SELECT period, to_char(date_to, 'YYYY-MM-DD') AS date_to, ledger_closing::text AS ledger_closing FROM runs
      WHERE account = $1 AND superseded_by IS NULL AND date_to < $2 AND ledger_closing IS NOT NULL
      ORDER BY date_to DESC, id DESC LIMIT 1`,
    [account, before],
  );
  const r = res.rows[0] ? CarriedRowSchema.parse(res.rows[0]) : null;
  return r ? { period: r.period, to: r.date_to, closing: r.ledger_closing } : null;
}

const OpeningRowSchema = z.object({ opening: z.string(), opening_date: z.string() });

/** The earliest opening a statement of `side` states for a date within from..to (a journal's 期初余额). */
export async function statedOpening(db: Db, account: string, side: 'bank' | 'ledger', from: string, to: string): Promise<{ opening: string; date: string } | null> {
  const res = await db.query(
    `SELECT opening::text AS opening, to_char(coalesce(opening_date, date_from), 'YYYY-MM-DD') AS opening_date FROM statements
      WHERE account = $1 AND side = $2 AND opening IS NOT NULL AND coalesce(opening_date, date_from) BETWEEN $3 AND $4
      ORDER BY coalesce(opening_date, date_from), id LIMIT 1`,
    [account, side, from, to],
  );
  const r = res.rows[0] ? OpeningRowSchema.parse(res.rows[0]) : null;
  return r ? { opening: r.opening, date: r.opening_date } : null;
}

const SumRowSchema = z.object({ total: z.string() });

/** Σ amounts of the side's lines dated from `from` (null: the first) up to `to`, both included. */
export async function sideTotal(db: Db, account: string, side: 'bank' | 'ledger', from: string | null, to: string): Promise<string> {
  const res = await db.query(
    `SELECT coalesce(sum(amount), 0)::text AS total FROM transactions
      WHERE account = $1 AND side = $2 AND ($3::date IS NULL OR date >= $3::date) AND date <= $4::date`,
    [account, side, from, to],
  );
  return SumRowSchema.parse(res.rows[0]).total;
}
