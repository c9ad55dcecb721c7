/** Repository functions for runs, their matches and differences (bulk: COPY on a server, column arrays on PGlite). */
import { z } from 'zod';
import type { Db } from './db.ts';
import { CopyChunks, copyField, forEachCopyRow, fromCopyField } from './copy-text.ts';
import { LINE_COLUMNS, StoredLineSchema, type StoredLine } from './transactions.ts';

/** A Postgres array literal of store ids, e.g. {12,13}. */
const idArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

/** What the run reads: lines of the account up to a day that no current match or decision settles. */
const UNSETTLED = (account: string, period: string, to: string): string => `WITH settled AS (
       SELECT unnest(m.bank_ids || m.ledger_ids) AS id
         FROM matches m LEFT JOIN runs r ON r.id = m.run_id
        WHERE m.account = ${account} AND (m.run_id IS NULL OR (r.superseded_by IS NULL AND r.period <> ${period}))
       UNION
       SELECT unnest(d.bank_ids || d.ledger_ids) FROM differences d
        WHERE d.account = ${account} AND d.state NOT IN ('open', 'superseded'))
     SELECT ${LINE_COLUMNS} FROM transactions t
      WHERE t.account = ${account} AND t.date <= ${to} AND NOT EXISTS (SELECT 1 FROM settled s WHERE s.id = t.id)`;

/**
 * Calls `onLine` with each line of an account dated up to `to` that nothing settles yet (see
 * service/run.ts), in no particular order: a month of a busy account is hundreds of thousands of
 * wide rows, which the server sorts on disk past `work_mem`, while the caller holds them all in
 * memory anyway. On a server they come as one COPY text stream (pg's row messages and row objects
 * cost more than the query at a million lines). Each StoredLine is handed over and dropped:
 * keep what you need of it, not the object.
 */
export async function forEachUnsettledLine(db: Db, account: string, period: string, to: string, onLine: (l: StoredLine) => void): Promise<void> {
  if (!db.copyTo) {
    const res = await db.query(UNSETTLED('$1', '$2', '$3::date'), [account, period, to]);
    for (const r of res.rows) onLine(StoredLineSchema.parse(r));
    return;
  }
  // COPY takes no parameters: the values travel as transaction-local settings, never as SQL text
  // (in a transaction of its own when the caller has none, so both statements share one).
  await db.transaction(async (tx) => {
    if (!tx.copyTo) throw new Error('COPY TO STDOUT: the transaction has no server connection');
    await tx.query(
      `SELECT set_config('recon.run_account', $1, true), set_config('recon.run_period', $2, true), set_config('recon.run_to', $3, true)`,
      [account, period, to],
    );
    const sql = UNSETTLED(`current_setting('recon.run_account')`, `current_setting('recon.run_period')`, `current_setting('recon.run_to')::date`);
    // Dates, currencies, counterparties and descriptions repeat from line to line: one string each,
    // not one per line held by the caller.
    const shared = new Map<string, string>();
    const intern = (v: string): string => {
      const known = shared.get(v);
      if (known !== undefined) return known;
      if (shared.size < 100_000) shared.set(v, v);
      return v;
    };
    await forEachCopyRow(tx.copyTo(`COPY (${sql}) TO STDOUT`), (f) => onLine(storedLineFromCopy(f, intern)));
  });
}

const STORE_ID = /^\d{1,19}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A field that may not be null, unescaped. */
function notNull(f: readonly string[], i: number): string {
  const v = fromCopyField(f[i] ?? '\\N');
  if (v === null) throw new Error(`stored line ${f[0]}: column ${i + 1} is null`);
  return v;
}

/**
 * One line from the COPY text of `LINE_COLUMNS`, checked as StoredLineSchema would (the column
 * list fixes the order), without a zod parse per row. Ids, sides, dates and numbers never need
 * unescaping; the free text fields are unescaped when they hold a backslash.
 */
function storedLineFromCopy(f: string[], intern: (v: string) => string): StoredLine {
  const id = f[0]!;
  const side = f[1];
  const date = intern(f[3]!);
  const valueDate = f[4] === '\\N' ? null : intern(f[4]!);
  const amount = f[5]!;
  const balance = f[11] === '\\N' ? null : f[11]!;
  const line = Number(f[12]);
  if (f.length !== 14 || !STORE_ID.test(id) || (side !== 'bank' && side !== 'ledger') || !DATE.test(date) || (valueDate !== null && !DATE.test(valueDate)) ||
    !NUMERIC.test(amount) || (balance !== null && !NUMERIC.test(balance)) || !Number.isSafeInteger(line)) {
    throw new Error(`stored line ${id}: not a line of LINE_COLUMNS: ${f.join(' | ')}`);
  }
  return {
    id, side, ext_id: notNull(f, 2), date, value_date: valueDate, amount, currency: intern(notNull(f, 6)), reference: notNull(f, 7),
    bank_reference: notNull(f, 8), counterparty: intern(notNull(f, 9)), description: intern(notNull(f, 10)), balance, line, posted_by: fromCopyField(f[13]!),
  };
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

/** Rows `rowAt(0)` .. `rowAt(count - 1)` as COPY text, in chunks of about a megabyte. */
function* copyText<T>(count: number, rowAt: (i: number) => T, line: (row: T) => string): Generator<Buffer> {
  const chunks = new CopyChunks();
  for (let i = 0; i < count; i++) {
    const full = chunks.add(line(rowAt(i)));
    if (full) yield full;
  }
  const last = chunks.take();
  if (last) yield last;
}

/**
 * Writes matches (`runId` null: manual matches). On a server one COPY for all of them, on PGlite
 * one INSERT per `chunk` rows, the columns as arrays.
 */
export async function insertMatches(db: Db, account: string, runId: string | null, rows: readonly NewMatch[], chunk = 20_000): Promise<void> {
  await insertMatchRows(db, account, runId, rows.length, (i) => rows[i]!, chunk);
}

/**
 * Writes `count` matches, `rowAt(0)` .. `rowAt(count - 1)`, each asked for when it is written
 * (a run of a million lines need not hold a second list of its matches).
 */
export async function insertMatchRows(db: Db, account: string, runId: string | null, count: number, rowAt: (i: number) => NewMatch, chunk = 20_000): Promise<void> {
  if (count === 0) return;
  if (db.copyFrom) {
    const head = `${copyField(account)}\t${copyField(runId)}\t`;
    await db.copyFrom('COPY matches (account, run_id, rule, bank_ids, ledger_ids, difference) FROM STDIN',
      copyText(count, rowAt, (m) => `${head}${copyField(m.rule)}\t${idArray(m.bank)}\t${idArray(m.ledger)}\t${m.difference}\n`));
    return;
  }
  for (let i = 0; i < count; i += chunk) {
    const part: NewMatch[] = [];
    for (let j = i; j < Math.min(i + chunk, count); j++) part.push(rowAt(j));
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

/** Writes a run's differences, open; as insertMatches, one COPY on a server. */
export async function insertDifferences(db: Db, account: string, runId: string, actor: string, at: Date, rows: readonly NewDifference[], chunk = 20_000): Promise<void> {
  if (rows.length === 0) return;
  if (db.copyFrom) {
    const head = `${copyField(account)}\t${copyField(runId)}\t`;
    const tail = `\topen\t1\t${copyField(actor)}\t${at.toISOString()}\t${at.toISOString()}\n`;
    await db.copyFrom(
      'COPY differences (account, run_id, kind, side, amount, bank_ids, ledger_ids, state, version, last_actor, created_at, updated_at) FROM STDIN',
      copyText(rows.length, (i) => rows[i]!, (d) => `${head}${copyField(d.kind)}\t${copyField(d.side)}\t${d.amount}\t${idArray(d.bank)}\t${idArray(d.ledger)}${tail}`),
    );
    return;
  }
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
