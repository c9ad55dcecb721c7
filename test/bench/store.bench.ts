/**
 * `npm run bench:store [-- --lines 1000000 --runs 3]`: import plus run of a generated statement
 * pair (N lines a side, canonical CSV) into the real PostgreSQL (DATABASE_URL), against a raw
 * COPY (pg-copy-streams) of the same two files into unlogged tables, in the same run. Each
 * repetition uses fresh schemas; the figures are medians. Target: store ≤ 3 × raw COPY.
 *
 * It also measures the store's floor: the same rows the store wrote (lines, the run's matches and
 * differences, dumped as COPY text from the first repetition's schema, untimed) COPYed straight
 * into a freshly migrated schema with every key, index and check, plus one COPY TO of the lines,
 * with no application code around them. What this schema costs the server whatever the code does.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { z } from 'zod';
import { openInput } from '../../engine/cli/input.ts';
import { parseStatements } from '../../engine/parse/index.ts';
import { addAccount } from '../../engine/service/accounts.ts';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { openStore } from '../../engine/store/open.ts';
import { median } from './measure.ts';
import { ensurePair } from './pair-cache.ts';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' } } });
const lines = Number(values.lines);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('bench:store needs DATABASE_URL (a PostgreSQL server)\n');
  process.exit(2);
}

const schemaName = (tag: string): string => `bench_${tag}_${randomBytes(4).toString('hex')}`;

async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}

/** Raw COPY of both files into unlogged tables: the floor for getting the bytes into PostgreSQL. */
async function rawCopy(bankFile: string, ledgerFile: string): Promise<number> {
  const schema = schemaName('copy');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  for (const t of ['bank_raw', 'ledger_raw']) {
    await c.query(`CREATE UNLOGGED TABLE ${schema}.${t} (id text, date date, amount numeric, currency text, reference text,
      counterparty text, description text, balance numeric)`);
  }
  const t0 = performance.now();
  for (const [t, file] of [['bank_raw', bankFile], ['ledger_raw', ledgerFile]] as const) {
    await pipeline(createReadStream(file), c.query(copyFrom(`COPY ${schema}.${t} FROM STDIN WITH (FORMAT csv, HEADER true)`)));
  }
  const ms = performance.now() - t0;
  await c.end();
  await dropSchema(schema);
  return ms;
}

interface StoreTiming { parse: number; import: number; run: number; total: number; differences: number }

/** The rows the store wrote, as COPY text, to replay for the floor. */
interface StoredRows { bank: Buffer[]; ledger: Buffer[]; matches: Buffer[]; differences: Buffer[]; runId: string }

const LINE_COPY_COLUMNS = `account, side, import_id, posted_by, ext_id, content_hash, date, value_date, amount, currency, reference,
  bank_reference, counterparty, description, balance, source_id, line`;
const MATCH_COPY_COLUMNS = 'account, run_id, rule, bank_ids, ledger_ids, difference';
const DIFFERENCE_COPY_COLUMNS = 'account, run_id, kind, side, amount, bank_ids, ledger_ids, state, version, last_actor, created_at, updated_at';

async function connectTo(schema: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`SET search_path = ${schema}`);
  return c;
}

async function copyOut(c: pg.Client, sql: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of c.query(copyTo(`COPY (${sql}) TO STDOUT`))) out.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return out;
}

async function copyIn(c: pg.Client, sql: string, chunks: readonly Buffer[]): Promise<void> {
  await pipeline(Readable.from(chunks), c.query(copyFrom(`COPY ${sql} FROM STDIN`)));
}

/** The rows of the store's schema after an import and a run. */
async function dumpRows(schema: string): Promise<StoredRows> {
  const c = await connectTo(schema);
  try {
    const lines = (side: string): Promise<Buffer[]> => copyOut(c, `SELECT ${LINE_COPY_COLUMNS} FROM transactions WHERE side = '${side}' ORDER BY id`);
    return {
      bank: await lines('bank'),
      ledger: await lines('ledger'),
      matches: await copyOut(c, `SELECT ${MATCH_COPY_COLUMNS} FROM matches ORDER BY id`),
      differences: await copyOut(c, `SELECT ${DIFFERENCE_COPY_COLUMNS} FROM differences ORDER BY id`),
      runId: z.string().parse((await c.query('SELECT max(id)::text AS id FROM runs')).rows[0]?.id),
    };
  } finally {
    await c.end();
  }
}

interface FloorTiming { lines: number; read: number; write: number; total: number }

/**
 * The store's rows COPYed into a fresh schema, as the store's own transactions would: each
 * side's lines in one, then the run (its row, one read of every line, its matches and
 * differences) in another. The imports and the run keep the ids the rows name.
 */
async function floorCopy(rows: StoredRows): Promise<FloorTiming> {
  const schema = schemaName('floor');
  const db = await openStore({ databaseUrl: url, schema });
  await addAccount(db, { number: 'BENCH-1', name: 'bench', currency: 'CNY', dateWindowDays: 3 }, 'bench', new Date());
  await db.close();
  const c = await connectTo(schema);
  try {
    for (const [id, side] of [[1, 'bank'], [2, 'ledger']] as const) {
      await c.query(`INSERT INTO imports (id, account, side, file_name, sha256, inserted, already_present) VALUES ($1, 'BENCH-1', $2, $2, $3, 0, 0)`,
        [id, side, randomBytes(32).toString('hex')]);
    }
    const t0 = performance.now();
    for (const side of ['bank', 'ledger'] as const) {
      await c.query('BEGIN');
      await copyIn(c, `transactions (${LINE_COPY_COLUMNS})`, rows[side]);
      await c.query('COMMIT');
    }
    const t1 = performance.now();
    await c.query('BEGIN');
    await c.query(`INSERT INTO runs (id, account, period, date_from, date_to, run_by, started_at, options, report)
      VALUES ($1, 'BENCH-1', 'floor', '2026-01-01', '2026-12-31', 'bench', now(), '{}', '{}')`, [rows.runId]);
    for await (const _ of c.query(copyTo(`COPY (SELECT id, side, ext_id, date, value_date, amount, currency, reference, bank_reference,
      counterparty, description, balance, line FROM transactions WHERE account = 'BENCH-1') TO STDOUT`))) { /* read and dropped */ }
    const t2 = performance.now();
    await copyIn(c, `matches (${MATCH_COPY_COLUMNS})`, rows.matches);
    await copyIn(c, `differences (${DIFFERENCE_COPY_COLUMNS})`, rows.differences);
    await c.query('COMMIT');
    const t3 = performance.now();
    return { lines: t1 - t0, read: t2 - t1, write: t3 - t2, total: t3 - t0 };
  } finally {
    await c.end();
    await dropSchema(schema);
  }
}

/** Parse, import both sides and run the month through the store, timed stage by stage. */
async function storeImportRun(bankFile: string, ledgerFile: string, month: string, keep?: (schema: string) => Promise<void>): Promise<StoreTiming> {
  const schema = schemaName('store');
  const db = await openStore({ databaseUrl: url, schema });
  const at = new Date();
  await addAccount(db, { number: 'BENCH-1', name: 'bench', currency: 'CNY', dateWindowDays: 3 }, 'bench', at);
  let parse = 0;
  let imp = 0;
  const t0 = performance.now();
  for (const [side, file] of [['bank', bankFile], ['ledger', ledgerFile]] as const) {
    const p0 = performance.now();
    const statements = await parseStatements(openInput(file), { fileName: file, format: 'csv', side });
    const p1 = performance.now();
    await importStatements(db, { account: 'BENCH-1', side, fileName: file, sha256: randomBytes(32).toString('hex'), statements, actor: 'bench', at, chunkSize: 50_000 });
    parse += p1 - p0;
    imp += performance.now() - p1;
  }
  const r0 = performance.now();
  const result = await runReconciliation(db, { account: 'BENCH-1', period: month, actor: 'bench', at });
  const end = performance.now();
  await db.close();
  await keep?.(schema);
  await dropSchema(schema);
  return { parse, import: imp, run: end - r0, total: end - t0, differences: result.report.summary.differences };
}

/** Milliseconds as seconds with two decimals. */
const s = (ms: number): string => (ms / 1000).toFixed(2);

const pair = await ensurePair(lines, Number(values.seed));
process.stdout.write(`bench:store  ${lines.toLocaleString('en')} lines a side, ${runs} runs, PostgreSQL ${url.replace(/:[^:@/]*@/, ':***@')}\n`);
const copies: number[] = [];
const stores: StoreTiming[] = [];
const floors: FloorTiming[] = [];
let rows: StoredRows | undefined;
for (let i = 0; i < runs; i++) {
  const copy = await rawCopy(pair.bankFile, pair.ledgerFile);
  const store = await storeImportRun(pair.bankFile, pair.ledgerFile, pair.manifest.month, rows ? undefined : async (schema) => {
    rows = await dumpRows(schema);
  });
  const floor = await floorCopy(rows!);
  copies.push(copy);
  stores.push(store);
  floors.push(floor);
  process.stdout.write(`  run ${i + 1}: raw COPY ${s(copy)} s | store ${s(store.total)} s ` +
    `(parse ${s(store.parse)}, import ${s(store.import)}, run ${s(store.run)}; ${store.differences} differences) | ` +
    `floor ${s(floor.total)} s (lines ${s(floor.lines)}, read ${s(floor.read)}, matches + differences ${s(floor.write)})\n`);
}
const copyMed = median(copies);
const storeMed = median(stores.map((t) => t.total));
const floorMed = median(floors.map((t) => t.total));
const ratio = storeMed / copyMed;
const med = (xs: readonly number[]): string => s(median(xs));
process.stdout.write(`median: raw COPY ${s(copyMed)} s, import + run ${s(storeMed)} s ` +
  `(parse ${med(stores.map((t) => t.parse))}, import ${med(stores.map((t) => t.import))}, run ${med(stores.map((t) => t.run))})\n`);
process.stdout.write(`floor: the store's own COPYs alone ${s(floorMed)} s (lines ${med(floors.map((t) => t.lines))}, ` +
  `read ${med(floors.map((t) => t.read))}, matches + differences ${med(floors.map((t) => t.write))}) = ${(floorMed / copyMed).toFixed(2)}x raw COPY; ` +
  `import + run = ${(storeMed / floorMed).toFixed(2)}x the floor\n`);
process.stdout.write(`ratio ${ratio.toFixed(2)}x raw COPY (target <= 3x): ${ratio <= 3 ? 'met' : 'NOT met'}\n`);
