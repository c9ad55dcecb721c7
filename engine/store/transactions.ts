/**
 * Bulk writes and reads of statement lines. On a PostgreSQL server new lines stream in with one
 * `COPY ... FROM STDIN`; on PGlite (no STDIN) they go in as column arrays through
 * `INSERT ... SELECT FROM unnest(...)`, one statement per chunk of thousands of rows. Never one
 * statement per row. A re-import adds nothing: the lines already stored are found first (under a
 * per-side lock) and left out; the unique key (account, side, ext_id) guards the rule.
 */
import { z } from 'zod';
import type { Db } from './db.ts';
import { CopyChunks, copyField } from './copy-text.ts';

export interface LineRow {
  readonly extId: string;
  readonly contentHash: string;
  readonly date: string;
  readonly valueDate: string | null;
  readonly amount: string;
  readonly currency: string;
  readonly reference: string;
  readonly bankReference: string;
  readonly counterparty: string;
  readonly description: string;
  readonly balance: string | null;
  readonly sourceId: string;
  readonly line: number;
}

export interface LineScope {
  readonly account: string;
  readonly side: 'bank' | 'ledger';
  readonly importId: string;
  readonly postedBy: string | null;
}

const IMPORT_LOCK = 72_455_002;

/**
 * Serialises imports into one account side until the transaction ends. Under that lock the rows
 * read by `storedKeys` stay the whole truth for the side (no other import can add a key
 * meanwhile), so the new lines can go in with a plain INSERT: a speculative
 * `ON CONFLICT DO NOTHING` insertion per row cost about a quarter of the insert time (bench:store).
 * The unique key (account, side, ext_id) still refuses any duplicate.
 */
export async function lockSide(db: Db, account: string, side: 'bank' | 'ledger'): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IMPORT_LOCK, `${account}\u0001${side}`]);
}

const StoredKeySchema = z.object({ ext_id: z.string(), content_hash: z.string() });

/** The stored content hash of each of `extIds` already present in the side, by ext id. */
export async function storedKeys(db: Db, scope: LineScope, extIds: readonly string[]): Promise<Map<string, string>> {
  // `= ANY` probes the unique index key by key; a join against unnest() can fall back to a scan
  // of the whole table when its statistics are stale (a table filled in the same transaction).
  const res = await db.query(
    'SELECT ext_id, content_hash FROM transactions WHERE account = $1 AND side = $2 AND ext_id = ANY($3::text[])',
    [scope.account, scope.side, extIds],
  );
  // Parsed row by row even when a re-import reads a million keys back: measured on 1M rows, zod
  // cost no more than typeof checks (about 1 s either way, the Map being most of it).
  const keys = new Map<string, string>();
  for (const r of res.rows) {
    const k = StoredKeySchema.parse(r);
    keys.set(k.ext_id, k.content_hash);
  }
  return keys;
}

/** Whether the side holds any line yet (under `lockSide` the answer stays true till commit). */
export async function sideHasLines(db: Db, account: string, side: 'bank' | 'ledger'): Promise<boolean> {
  const res = await db.query('SELECT EXISTS (SELECT 1 FROM transactions WHERE account = $1 AND side = $2) AS any', [account, side]);
  return z.object({ any: z.boolean() }).parse(res.rows[0]).any;
}

const COPY_LINES = `COPY transactions (account, side, import_id, posted_by, ext_id, content_hash, date, value_date, amount,
  currency, reference, bank_reference, counterparty, description, balance, source_id, line) FROM STDIN`;

/** The lines as COPY text in chunks of about a megabyte; `onRows` hears how many went out so far. */
function* copyChunks(scope: LineScope, count: number, rowAt: (i: number) => LineRow, onRows?: (done: number) => void, every = 20_000): Generator<Buffer> {
  const head = `${copyField(scope.account)}\t${scope.side}\t${scope.importId}\t${copyField(scope.postedBy)}\t`;
  const chunks = new CopyChunks();
  for (let i = 0; i < count; i++) {
    const r = rowAt(i);
    const full = chunks.add(`${head}${copyField(r.extId)}\t${r.contentHash}\t${copyField(r.date)}\t${copyField(r.valueDate)}\t${r.amount}\t${copyField(r.currency)}\t` +
      `${copyField(r.reference)}\t${copyField(r.bankReference)}\t${copyField(r.counterparty)}\t${copyField(r.description)}\t` +
      `${r.balance ?? '\\N'}\t${copyField(r.sourceId)}\t${r.line}\n`);
    if (full) yield full;
    if (onRows && (i + 1) % every === 0) onRows(i + 1);
  }
  const last = chunks.take();
  if (last) yield last;
  onRows?.(count);
}

/**
 * Inserts `count` rows, `rowAt(0)` .. `rowAt(count - 1)`, none of which may be stored yet (call
 * under `lockSide`, after `storedKeys`); returns how many were inserted. Each row is asked for
 * when it is written and can be dropped right after. On a server one COPY for all of them; on
 * PGlite one INSERT per `chunk` rows, the columns as arrays. `onRows` hears how many went out.
 */
export async function insertLines(db: Db, scope: LineScope, count: number, rowAt: (i: number) => LineRow, onRows?: (done: number) => void, chunk = 20_000): Promise<number> {
  if (count === 0) return 0;
  if (db.copyFrom) return db.copyFrom(COPY_LINES, copyChunks(scope, count, rowAt, onRows, chunk));
  let inserted = 0;
  for (let i = 0; i < count; i += chunk) {
    const rows: LineRow[] = [];
    for (let j = i; j < Math.min(i + chunk, count); j++) rows.push(rowAt(j));
    inserted += await insertLineChunk(db, scope, rows);
    onRows?.(Math.min(i + chunk, count));
  }
  return inserted;
}

async function insertLineChunk(db: Db, scope: LineScope, rows: readonly LineRow[]): Promise<number> {
  const col = <K extends keyof LineRow>(k: K): LineRow[K][] => rows.map((r) => r[k]);
  const res = await db.query(
    `INSERT INTO transactions (account, side, import_id, posted_by, ext_id, content_hash, date, value_date, amount,
        currency, reference, bank_reference, counterparty, description, balance, source_id, line)
     SELECT $1, $2, $3, $4, u.* FROM unnest($5::text[], $6::text[], $7::date[], $8::date[], $9::numeric[], $10::text[],
        $11::text[], $12::text[], $13::text[], $14::text[], $15::numeric[], $16::text[], $17::int[]) AS u`,
    [scope.account, scope.side, scope.importId, scope.postedBy, col('extId'), col('contentHash'), col('date'), col('valueDate'),
      col('amount'), col('currency'), col('reference'), col('bankReference'), col('counterparty'), col('description'),
      col('balance'), col('sourceId'), col('line')],
  );
  return res.rowCount;
}

export const StoredLineSchema = z.object({
  id: z.string(),
  side: z.enum(['bank', 'ledger']),
  ext_id: z.string(),
  date: z.string(),
  value_date: z.string().nullable(),
  amount: z.string(),
  currency: z.string(),
  reference: z.string(),
  bank_reference: z.string(),
  counterparty: z.string(),
  description: z.string(),
  balance: z.string().nullable(),
  line: z.number().int(),
  posted_by: z.string().nullable(),
});
export type StoredLine = z.infer<typeof StoredLineSchema>;

export const LINE_COLUMNS = `t.id::text AS id, t.side, t.ext_id, t.date, t.value_date, t.amount::text AS amount, t.currency,
  t.reference, t.bank_reference, t.counterparty, t.description, t.balance::text AS balance, t.line, t.posted_by`;

/** Lines by store id, in id order. */
export async function selectLinesById(db: Db, ids: readonly string[]): Promise<StoredLine[]> {
  if (ids.length === 0) return [];
  const res = await db.query(`SELECT ${LINE_COLUMNS} FROM transactions t WHERE t.id = ANY($1::bigint[]) ORDER BY t.id`, [ids]);
  return res.rows.map((r) => StoredLineSchema.parse(r));
}

/**
 * The lines a duplicate repeats: other lines of the same account and side with the same booking
 * date, amount and reference (compared trimmed and case-folded), in id order.
 */
export async function selectRepeatedLines(db: Db, ids: readonly string[]): Promise<StoredLine[]> {
  if (ids.length === 0) return [];
  const res = await db.query(
    `SELECT ${LINE_COLUMNS} FROM transactions t
      WHERE NOT t.id = ANY($1::bigint[]) AND EXISTS (
        SELECT 1 FROM transactions o WHERE o.id = ANY($1::bigint[]) AND t.account = o.account AND t.side = o.side AND t.date = o.date
           AND t.amount = o.amount AND lower(btrim(t.reference)) = lower(btrim(o.reference)))
      ORDER BY t.id`,
    [ids],
  );
  return res.rows.map((r) => StoredLineSchema.parse(r));
}

/** True when any of lines `ids` belongs to an account other than `account`. */
export async function anyLineOutsideAccount(db: Db, ids: readonly string[], account: string): Promise<boolean> {
  const res = await db.query('SELECT 1 FROM transactions WHERE id = ANY($1::bigint[]) AND account <> $2 LIMIT 1', [ids, account]);
  return res.rows.length > 0;
}

const LineInDifferenceSchema = StoredLineSchema.extend({ difference_id: z.string() });
export type LineInDifference = z.infer<typeof LineInDifferenceSchema>;

/**
 * Lines of `side` and `currency` held by the account's differences in `states` other than
 * `except` and claimed by no resolution (migration 060), each once (with the lowest such
 * difference's id), in line id order.
 */
export async function selectLinesInDifferences(
  db: Db, q: { account: string; except: string; states: readonly string[]; side: 'bank' | 'ledger'; currency: string },
): Promise<LineInDifference[]> {
  const res = await db.query(
    `SELECT DISTINCT ON (t.id) ${LINE_COLUMNS}, o.id::text AS difference_id
       FROM differences o JOIN transactions t ON t.id = ANY(o.bank_ids || o.ledger_ids)
      WHERE o.account = $1 AND o.id <> $2 AND o.state = ANY($3::text[]) AND t.side = $4 AND t.currency = $5
        AND NOT EXISTS (SELECT 1 FROM line_claims c WHERE c.line_id = t.id)
      ORDER BY t.id, o.id`,
    [q.account, q.except, q.states, q.side, q.currency],
  );
  return res.rows.map((r) => LineInDifferenceSchema.parse(r));
}
