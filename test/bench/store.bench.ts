/**
 * `npm run bench:store [-- --lines 1000000 --runs 3]`: import plus run of a generated statement
 * pair (N lines a side, canonical CSV) into the real PostgreSQL (DATABASE_URL), against a raw
 * COPY (pg-copy-streams) of the same two files into unlogged tables, in the same run. Each
 * repetition uses fresh schemas; the figures are medians. Target: store ≤ 3 × raw COPY.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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

/** Parse, import both sides and run the month through the store, timed stage by stage. */
async function storeImportRun(bankFile: string, ledgerFile: string, month: string): Promise<StoreTiming> {
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
  await dropSchema(schema);
  return { parse, import: imp, run: end - r0, total: end - t0, differences: result.report.summary.differences };
}

const pair = await ensurePair(lines, Number(values.seed));
process.stdout.write(`bench:store  ${lines.toLocaleString('en')} lines a side, ${runs} runs, PostgreSQL ${url.replace(/:[^:@/]*@/, ':***@')}\n`);
const copies: number[] = [];
const stores: StoreTiming[] = [];
for (let i = 0; i < runs; i++) {
  const copy = await rawCopy(pair.bankFile, pair.ledgerFile);
  const store = await storeImportRun(pair.bankFile, pair.ledgerFile, pair.manifest.month);
  copies.push(copy);
  stores.push(store);
  process.stdout.write(`  run ${i + 1}: raw COPY ${(copy / 1000).toFixed(2)} s | store ${(store.total / 1000).toFixed(2)} s ` +
    `(parse ${(store.parse / 1000).toFixed(2)}, import ${(store.import / 1000).toFixed(2)}, run ${(store.run / 1000).toFixed(2)}; ${store.differences} differences)\n`);
}
const copyMed = median(copies);
const storeMed = median(stores.map((s) => s.total));
const ratio = storeMed / copyMed;
process.stdout.write(`median: raw COPY ${(copyMed / 1000).toFixed(2)} s, import + run ${(storeMed / 1000).toFixed(2)} s ` +
  `(parse ${(median(stores.map((s) => s.parse)) / 1000).toFixed(2)}, import ${(median(stores.map((s) => s.import)) / 1000).toFixed(2)}, run ${(median(stores.map((s) => s.run)) / 1000).toFixed(2)})\n`);
process.stdout.write(`ratio ${ratio.toFixed(2)}x raw COPY (target <= 3x): ${ratio <= 3 ? 'met' : 'NOT met'}\n`);
