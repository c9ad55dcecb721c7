/** Repository functions for runs, their matches and differences (bulk: COPY on a server, column arrays on PGlite). */
import { z } from 'zod';
import type { Db } from './db.ts';
import { CopyChunks, copyField, forEachCopyRowAt, fromCopyField } from './copy-text.ts';
import { StoredLineSchema } from './transactions.ts';

/** A Postgres array literal of store ids, e.g. {12,13}. */
export const idArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

/** The columns a run reads of each line, in the order `RunLine` is filled from COPY text. */
const RUN_LINE_COLUMNS = `t.id::text AS id, t.side, t.ext_id, t.date, t.value_date, t.amount::text AS amount, t.currency,
  t.reference, t.bank_reference, t.counterparty, t.description, t.balance::text AS balance, t.line`;
const RUN_LINE_FIELDS = 13;

/**
 * What the run reads: lines of the account up to a day that no current match or decision settles.
 * Matches of runs are found through the account's current runs (a run's matches carry its
 * account), manual matches through the partial index of migration 008, and the lines a proposed
 * or approved resolution claims (migration 060) through the claims' account index.
 */
const UNSETTLED = (account: string, period: string, to: string): string => `WITH settled AS (
       SELECT unnest(m.bank_ids || m.ledger_ids) AS id
         FROM runs r JOIN matches m ON m.run_id = r.id
        WHERE r.account = ${account} AND r.superseded_by IS NULL AND r.period <> ${period}
       UNION
       SELECT unnest(m.bank_ids || m.ledger_ids) FROM matches m
        WHERE m.account = ${account} AND m.run_id IS NULL
       UNION
       SELECT unnest(d.bank_ids || d.ledger_ids) FROM differences d
        WHERE d.account = ${account} AND d.state NOT IN ('open', 'superseded')
       UNION
       SELECT unnest(d.bank_ids || d.ledger_ids) FROM differences d JOIN runs r ON r.id = d.run_id
        WHERE d.account = ${account} AND d.state = 'open' AND d.kind = 'duplicate' AND r.superseded_by IS NULL AND r.period <> ${period}
       UNION
       SELECT c.line_id FROM line_claims c WHERE c.account = ${account})
     SELECT ${RUN_LINE_COLUMNS} FROM transactions t
      WHERE t.account = ${account} AND t.date <= ${to} AND NOT EXISTS (SELECT 1 FROM settled s WHERE s.id = t.id)`;

const RunLineSchema = StoredLineSchema.omit({ posted_by: true });

/**
 * A line as a run reads it. `forEachUnsettledLine` hands over the same object for every line:
 * copy out what you keep, never keep the object.
 */
export interface RunLine {
  /** transactions.id, decimal text. */
  id: string;
  side: 'bank' | 'ledger';
  extId: string;
  date: string;
  valueDate: string | null;
  /** NUMERIC text as PostgreSQL writes it. */
  amount: string;
  currency: string;
  reference: string;
  bankReference: string;
  counterparty: string;
  description: string;
  balance: string | null;
  line: number;
}

/**
 * Calls `onLine` with each line of an account dated up to `to` that nothing settles yet (see
 * service/run.ts), in no particular order: a month of a busy account is hundreds of thousands of
 * wide rows, which the server sorts on disk past `work_mem`, while the caller holds them all in
 * memory anyway. On a server they come as one COPY text stream (pg's row messages and row objects
 * cost more than the query at a million lines), read field by field without splitting rows.
 * The RunLine is one object for every line: keep what you need of it, not the object.
 */
export async function forEachUnsettledLine(db: Db, account: string, period: string, to: string, onLine: (l: RunLine) => void): Promise<void> {
  if (!db.copyTo) {
    const res = await db.query(UNSETTLED('$1', '$2', '$3::date'), [account, period, to]);
    const l = emptyRunLine();
    for (const row of res.rows) {
      const r = RunLineSchema.parse(row);
      Object.assign(l, { id: r.id, side: r.side, extId: r.ext_id, date: r.date, valueDate: r.value_date, amount: r.amount, currency: r.currency, reference: r.reference,
        bankReference: r.bank_reference, counterparty: r.counterparty, description: r.description, balance: r.balance, line: r.line });
      onLine(l);
    }
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
    const text = UNSETTLED(`current_setting('recon.run_account')`, `current_setting('recon.run_period')`, `current_setting('recon.run_to')::date`);
    const reader = new RunLineReader();
    await forEachCopyRowAt(tx.copyTo(`COPY (${text}) TO STDOUT`), RUN_LINE_FIELDS, (row, start, ends) => onLine(reader.read(row, start, ends)));
  });
}

function emptyRunLine(): RunLine {
  return { id: '', side: 'bank', extId: '', date: '', valueDate: null, amount: '', currency: '', reference: '', bankReference: '', counterparty: '', description: '', balance: null, line: 0 };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^-?\d+(\.\d+)?$/;
const BACKSLASH = 92;
const SLOT_MASK = 4095;

/**
 * Fills one RunLine from a row of COPY text of RUN_LINE_COLUMNS, checked as RunLineSchema would
 * check it, cutting out only the fields that stay strings. Dates, currencies, counterparties and
 * descriptions repeat from line to line: one string each, kept once (the caller holds them all).
 */
class RunLineReader {
  private readonly line = emptyRunLine();
  private readonly shared = new Map<string, string>();
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(SLOT_MASK + 1);
  private lastDate = '';
  private lastCurrency = '';

  read(row: string, start: number, ends: Int32Array): RunLine {
    const l = this.line;
    const idEnd = ends[0]!;
    if (idEnd === start || idEnd - start > 19 || !digitsOnly(row, start, idEnd)) throw bad(row, start, ends, 'id');
    l.id = row.slice(start, idEnd);
    const sideLen = ends[1]! - idEnd - 1;
    const s0 = row.charCodeAt(idEnd + 1);
    if (sideLen === 4 && s0 === 98 && row.startsWith('bank', idEnd + 1)) l.side = 'bank';
    else if (sideLen === 6 && s0 === 108 && row.startsWith('ledger', idEnd + 1)) l.side = 'ledger';
    else throw bad(row, start, ends, 'side');
    l.extId = this.text(row, ends[1]! + 1, ends[2]!, start, ends);
    l.date = this.date(row, ends[2]! + 1, ends[3]!);
    l.valueDate = isNull(row, ends[3]! + 1, ends[4]!) ? null : this.date(row, ends[3]! + 1, ends[4]!);
    if (l.date === '' || l.valueDate === '') throw bad(row, start, ends, 'date');
    l.amount = row.slice(ends[4]! + 1, ends[5]!);
    if (!NUMERIC.test(l.amount)) throw bad(row, start, ends, 'amount');
    const cur = ends[5]! + 1;
    const curLen = ends[6]! - cur;
    l.currency = curLen === this.lastCurrency.length && row.startsWith(this.lastCurrency, cur) ? this.lastCurrency
      : (this.lastCurrency = this.shared1(this.text(row, cur, ends[6]!, start, ends)));
    l.reference = this.text(row, ends[6]! + 1, ends[7]!, start, ends);
    l.bankReference = this.text(row, ends[7]! + 1, ends[8]!, start, ends);
    l.counterparty = this.sharedText(row, ends[8]! + 1, ends[9]!, start, ends);
    l.description = this.sharedText(row, ends[9]! + 1, ends[10]!, start, ends);
    if (isNull(row, ends[10]! + 1, ends[11]!)) l.balance = null;
    else {
      l.balance = row.slice(ends[10]! + 1, ends[11]!);
      if (!NUMERIC.test(l.balance)) throw bad(row, start, ends, 'balance');
    }
    const lineStart = ends[11]! + 1;
    const lineEnd = ends[12]!;
    const negative = row.charCodeAt(lineStart) === 45;
    if (lineEnd - lineStart > (negative ? 11 : 10) || !digitsOnly(row, negative ? lineStart + 1 : lineStart, lineEnd)) throw bad(row, start, ends, 'line');
    let line = 0;
    for (let i = negative ? lineStart + 1 : lineStart; i < lineEnd; i++) line = line * 10 + (row.charCodeAt(i) - 48);
    l.line = negative ? -line : line;
    return l;
  }

  /**
   * A counterparty or description: a few hundred names repeat over a million lines. A slot keyed
   * by the field's length and three of its characters remembers the last value seen there, which
   * is taken when the row holds the same characters, with no string cut out and no Map look-up.
   * Only values without a backslash go in a slot: for them the COPY text is the value itself.
   */
  private sharedText(row: string, from: number, to: number, start: number, ends: Int32Array): string {
    const len = to - from;
    if (len === 0) return '';
    const slot = (len * 31 + row.charCodeAt(from) * 7 + row.charCodeAt(from + (len >> 1)) * 17 + row.charCodeAt(to - 1) * 131) & SLOT_MASK;
    const known = this.slots[slot];
    if (known !== undefined && known.length === len && row.startsWith(known, from)) return known;
    const v = this.shared1(this.text(row, from, to, start, ends));
    if (!v.includes('\\')) this.slots[slot] = v;
    return v;
  }

  /** A not-null text field, unescaped; '' without a string cut out. */
  private text(row: string, from: number, to: number, start: number, ends: Int32Array): string {
    if (from === to) return '';
    if (isNull(row, from, to)) throw bad(row, start, ends, 'a text column');
    const raw = row.slice(from, to);
    return raw.includes('\\') ? fromCopyField(raw)! : raw;
  }

  /** A date, the previous line's string when it is the same date. */
  private date(row: string, from: number, to: number): string {
    if (to - from === 10 && this.lastDate.length === 10 && row.startsWith(this.lastDate, from)) return this.lastDate;
    const d = row.slice(from, to);
    if (!DATE.test(d)) return '';
    this.lastDate = this.shared1(d);
    return this.lastDate;
  }

  /** One string for equal values (up to 100,000 distinct ones). */
  private shared1(v: string): string {
    const known = this.shared.get(v);
    if (known !== undefined) return known;
    if (this.shared.size < 100_000) this.shared.set(v, v);
    return v;
  }
}

function digitsOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return from < to;
}

function isNull(text: string, from: number, to: number): boolean {
  return to - from === 2 && text.charCodeAt(from) === BACKSLASH && text.charCodeAt(from + 1) === 78;
}

function bad(row: string, start: number, ends: Int32Array, what: string): Error {
  return new Error(`stored line: ${what} is not as RUN_LINE_COLUMNS has it: ${row.slice(start, ends[ends.length - 1]!).replace(/\t/g, ' | ')}`);
}

export interface StatementSpan {
  readonly from: string | null;
  readonly to: string | null;
}

// An aggregate without GROUP BY returns one row, even over no statements.
const SpanRowSchema = z.object({
  first: z.string().nullable(), last: z.string().nullable(), overlapping: z.string(), bank: z.string(), ledger: z.string(),
});

/**
 * Earliest and latest date any statement of the account covers; how many statements overlap
 * [from, to]; of them, how many are the bank's; and how many journal (ledger) imports start on or
 * before `to` (a journal of an earlier month still gives the book side a balance).
 */
export async function statementSpans(db: Db, account: string, from: string, to: string): Promise<{ all: StatementSpan; overlapping: number; bank: number; ledger: number }> {
  const res = await db.query(
    `SELECT min(date_from) AS first, max(date_to) AS last,
            count(*) FILTER (WHERE date_from <= $3 AND date_to >= $2)::text AS overlapping,
            count(*) FILTER (WHERE side = 'bank' AND date_from <= $3 AND date_to >= $2)::text AS bank,
            count(*) FILTER (WHERE side = 'ledger' AND date_from <= $3)::text AS ledger
       FROM statements WHERE account = $1`,
    [account, from, to],
  );
  const r = SpanRowSchema.parse(res.rows[0]);
  return { all: { from: r.first, to: r.last }, overlapping: Number(r.overlapping), bank: Number(r.bank), ledger: Number(r.ledger) };
}

/** The spans of the account's bank statements that overlap [from, to], earliest first. */
export async function bankSpans(db: Db, account: string, from: string, to: string): Promise<Array<{ from: string; to: string }>> {
  const res = await db.query(
    `SELECT date_from AS "from", date_to AS "to" FROM statements
      WHERE account = $1 AND side = 'bank' AND date_from <= $3 AND date_to >= $2 ORDER BY date_from, date_to`,
    [account, from, to],
  );
  return res.rows.map((r) => z.object({ from: z.string(), to: z.string() }).parse(r));
}

export const OpenDifferenceRefSchema = z.object({ id: z.string(), kind: z.string(), amount: z.string(), bank_ids: z.array(z.string()), ledger_ids: z.array(z.string()) });

/** Open differences of an account (candidates to be superseded by a run). */
export async function selectOpenDifferences(db: Db, account: string): Promise<z.infer<typeof OpenDifferenceRefSchema>[]> {
  const res = await db.query(
    `SELECT id::text AS id, kind, amount::text AS amount, bank_ids::text[] AS bank_ids, ledger_ids::text[] AS ledger_ids FROM differences
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

/**
 * A match as it is written: its lines' store ids already as PostgreSQL array literals ({12} or
 * {12,13}). A run writes a million of these; building two arrays per match only to join them
 * again was a third of the client's share of that COPY.
 */
export interface MatchRow {
  readonly rule: string;
  readonly bankIds: string;
  readonly ledgerIds: string;
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
  await insertMatchRows(db, account, runId, rows.length, (i) => {
    const m = rows[i]!;
    return { rule: m.rule, bankIds: idArray(m.bank), ledgerIds: idArray(m.ledger), difference: m.difference };
  }, chunk);
}

/**
 * Writes `count` matches, `rowAt(0)` .. `rowAt(count - 1)`, each asked for when it is written
 * (a run of a million lines need not hold a second list of its matches).
 */
export async function insertMatchRows(db: Db, account: string, runId: string | null, count: number, rowAt: (i: number) => MatchRow, chunk = 20_000): Promise<void> {
  if (count === 0) return;
  if (db.copyFrom) {
    const head = `${copyField(account)}\t${copyField(runId)}\t`;
    await db.copyFrom('COPY matches (account, run_id, rule, bank_ids, ledger_ids, difference) FROM STDIN',
      copyText(count, rowAt, (m) => `${head}${copyField(m.rule)}\t${copyField(m.bankIds)}\t${copyField(m.ledgerIds)}\t${copyField(m.difference)}\n`));
    return;
  }
  for (let i = 0; i < count; i += chunk) {
    const part: MatchRow[] = [];
    for (let j = i; j < Math.min(i + chunk, count); j++) part.push(rowAt(j));
    await db.query(
      `INSERT INTO matches (account, run_id, rule, bank_ids, ledger_ids, difference)
       SELECT $1, $2, u.rule, u.b::bigint[], u.l::bigint[], u.d
         FROM unnest($3::text[], $4::text[], $5::text[], $6::numeric[]) AS u(rule, b, l, d)`,
      [account, runId, part.map((m) => m.rule), part.map((m) => m.bankIds), part.map((m) => m.ledgerIds), part.map((m) => m.difference)],
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
