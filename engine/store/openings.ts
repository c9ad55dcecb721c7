/**
 * What a run needs to know about a side's balance (README: "The book side"): the closing the last
 * earlier run carried, the opening a journal of the period states, the latest balance any
 * statement states by a date, and the sum of a side's lines over a span of dates (to roll a
 * figure forward to the day it is needed for).
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

const StatedRowSchema = z.object({ amount: z.string(), point: z.string(), kind: z.enum(['closing', 'opening']), date: z.string(), from: z.string(), import_id: z.string() });

/** A balance a statement states, as of the end of the day `point`. */
export interface StatedBalance {
  readonly amount: string;
  /** The day whose end the figure is the balance at: a closing's date, the day before an opening's date. */
  readonly point: string;
  readonly kind: 'closing' | 'opening';
  /** The date the statement gives it for (its closing or opening date). */
  readonly date: string;
  /** The first day the stating statement covers. */
  readonly from: string;
  /** The import it came with: lines imported later may postdate it though dated in its span (lateLines). */
  readonly import_id: string;
}

/**
 * The latest balance a statement of `side` states as of the end of `to` or earlier: a closing is
 * the balance at the end of its date, an opening the balance at the start of its date (the end of
 * the day before). A statement speaks only for the days it gives: an opening dated after `to` is
 * not taken as `to`'s closing (the next period's opening is compared with it, not put in its
 * place). At the same point a closing is taken, then the later import.
 */
export async function statedBalance(db: Db, account: string, side: 'bank' | 'ledger', to: string): Promise<StatedBalance | null> {
  const res = await db.query(
    `SELECT amount, to_char(point, 'YYYY-MM-DD') AS point, kind, to_char(date, 'YYYY-MM-DD') AS date, to_char(span_from, 'YYYY-MM-DD') AS "from", import_id::text AS import_id FROM (
       SELECT closing::text AS amount, coalesce(closing_date, date_to) AS point, 'closing' AS kind, coalesce(closing_date, date_to) AS date,
              coalesce(opening_date, date_from, closing_date, date_to) AS span_from, 0 AS pref, id, import_id
         FROM statements WHERE account = $1 AND side = $2 AND closing IS NOT NULL
       UNION ALL
       SELECT opening::text, coalesce(opening_date, date_from) - 1, 'opening', coalesce(opening_date, date_from), coalesce(opening_date, date_from), 1, id, import_id
         FROM statements WHERE account = $1 AND side = $2 AND opening IS NOT NULL
     ) stated WHERE date <= $3::date ORDER BY point DESC, pref, id DESC LIMIT 1`,
    [account, side, to],
  );
  return res.rows[0] ? StatedRowSchema.parse(res.rows[0]) : null;
}

const SumRowSchema = z.object({ total: z.string(), lines: z.coerce.number() });

/** Σ amounts of the side's lines dated from `from` (null: the first) up to `to`, both included, and how many there are. */
export async function sideTotal(db: Db, account: string, side: 'bank' | 'ledger', from: string | null, to: string): Promise<{ total: string; lines: number }> {
  const res = await db.query(
    `SELECT coalesce(sum(amount), 0)::text AS total, count(*)::int AS lines FROM transactions
      WHERE account = $1 AND side = $2 AND ($3::date IS NULL OR date >= $3::date) AND date <= $4::date`,
    [account, side, from, to],
  );
  return SumRowSchema.parse(res.rows[0]);
}

/**
 * Σ the side's lines that a stated balance cannot hold though they are dated in its statement's
 * span up to its point: lines of files imported after it that state no balance themselves (an
 * adjusting entry dated the 30th, posted and imported after the month's journal). A file that
 * states balances is a statement of its own (the latest one is taken), and lines dated before the
 * span (an earlier month imported late) are already in the figure.
 */
export async function lateLines(db: Db, account: string, side: 'bank' | 'ledger', stated: { from: string; point: string; import_id: string }): Promise<{ total: string; lines: number }> {
  if (stated.from > stated.point) return { total: '0', lines: 0 };
  const res = await db.query(
    `SELECT coalesce(sum(t.amount), 0)::text AS total, count(*)::int AS lines FROM transactions t
      WHERE t.account = $1 AND t.side = $2 AND t.import_id > $3::bigint AND t.date >= $4::date AND t.date <= $5::date
        AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.import_id = t.import_id AND (s.opening IS NOT NULL OR s.closing IS NOT NULL))`,
    [account, side, stated.import_id, stated.from, stated.point],
  );
  return SumRowSchema.parse(res.rows[0]);
}

const ClashRowSchema = z.object({ point: z.string(), amount: z.string(), other: z.string(), file_name: z.string(), imported_at: z.string() });

/** A balance a file states for the end of a day that an earlier import states otherwise. */
export interface BalanceClash {
  /** The day whose end both figures are the balance at. */
  readonly point: string;
  /** This file's figure, and the other file's. */
  readonly amount: string;
  readonly other: string;
  readonly otherFile: string;
  /** When the other file was imported (ISO time). */
  readonly otherImportedAt: string;
}

/**
 * The balances the statements of import `importId` state (a closing at its date, an opening at the
 * end of the day before) that a statement of another import of the side states differently for the
 * end of the same day: earliest day first, the latest other import first within a day.
 */
export async function balanceClashes(db: Db, account: string, side: 'bank' | 'ledger', importId: string): Promise<BalanceClash[]> {
  const res = await db.query(
    `WITH stated AS (
       SELECT import_id, closing AS amount, coalesce(closing_date, date_to) AS point
         FROM statements WHERE account = $1 AND side = $2 AND closing IS NOT NULL
       UNION ALL
       SELECT import_id, opening, coalesce(opening_date, date_from) - 1
         FROM statements WHERE account = $1 AND side = $2 AND opening IS NOT NULL
     )
     SELECT DISTINCT ON (n.point, o.import_id) to_char(n.point, 'YYYY-MM-DD') AS point, n.amount::text AS amount, o.amount::text AS other,
            i.file_name, to_char(i.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS imported_at
       FROM stated n JOIN stated o ON o.point = n.point AND o.import_id <> n.import_id AND o.amount <> n.amount
       JOIN imports i ON i.id = o.import_id
      WHERE n.import_id = $3::bigint AND n.point IS NOT NULL
      ORDER BY n.point, o.import_id DESC, n.amount, o.amount`,
    [account, side, importId],
  );
  return res.rows.map((r) => {
    const c = ClashRowSchema.parse(r);
    return { point: c.point, amount: c.amount, other: c.other, otherFile: c.file_name, otherImportedAt: c.imported_at };
  });
}
