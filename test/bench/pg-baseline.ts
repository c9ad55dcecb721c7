/**
 * The PostgreSQL baseline of the reconcile benchmark: COPY both canonical CSV files into
 * UNLOGGED tables (two connections in parallel), ANALYZE, then a two-pass SQL match:
 *   pass 1: same normalised reference (btrim, NFKC, lower-case) and same amount, paired one to
 *           one in id order within each (reference, amount) group;
 *   pass 2: on what pass 1 left, same amount and dates within the window, each line taking its
 *           closest candidate (then the lower id) and a pair kept only when the choice is mutual.
 * It reads the counts back. Everything runs in a throw-away schema dropped afterwards.
 *
 *   node --import tsx test/bench/pg-baseline.ts BANK.csv LEDGER.csv   (DATABASE_URL from env)
 *
 * prints one JSON line: {"phasesMs":{...},"pass1":N,"pass2":N,"unmatchedBank":N,"unmatchedLedger":N,"serverCpuS":S}.
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { z } from 'zod';

export interface BaselineResult {
  readonly phasesMs: { copy: number; analyze: number; pass1: number; pass2: number; count: number };
  readonly pass1: number;
  readonly pass2: number;
  readonly unmatchedBank: number;
  readonly unmatchedLedger: number;
  /**
   * CPU seconds of the two server backends (from /proc, when the server runs on this machine),
   * parallel query workers not included; null when /proc is not readable.
   */
  readonly serverCpuS: number | null;
}

const COLUMNS = `id text NOT NULL, date date NOT NULL, amount numeric(20,2) NOT NULL, currency text NOT NULL,
  reference text, counterparty text, description text, balance numeric(20,2)`;

const NORM = (col: string) => `lower(normalize(btrim(coalesce(${col}, '')), NFKC))`;

const PASS1 = `
CREATE UNLOGGED TABLE m1 AS
WITH b AS (
  SELECT id, amount, ref, row_number() OVER (PARTITION BY ref, amount ORDER BY id) AS rn
  FROM (SELECT id, amount, ${NORM('reference')} AS ref FROM bank) s WHERE ref <> ''),
l AS (
  SELECT id, amount, ref, row_number() OVER (PARTITION BY ref, amount ORDER BY id) AS rn
  FROM (SELECT id, amount, ${NORM('reference')} AS ref FROM ledger) s WHERE ref <> '')
SELECT b.id AS bank_id, l.id AS ledger_id FROM b JOIN l USING (ref, amount, rn)`;

const PASS2 = (windowDays: number) => `
CREATE UNLOGGED TABLE m2 AS
WITH b AS (SELECT id, date, amount FROM bank WHERE NOT EXISTS (SELECT 1 FROM m1 WHERE m1.bank_id = bank.id)),
l AS (SELECT id, date, amount FROM ledger WHERE NOT EXISTS (SELECT 1 FROM m1 WHERE m1.ledger_id = ledger.id)),
c AS (
  SELECT b.id AS bank_id, l.id AS ledger_id, abs(b.date - l.date) AS gap
  FROM b JOIN l ON l.amount = b.amount AND l.date BETWEEN b.date - ${windowDays} AND b.date + ${windowDays}),
r AS (
  SELECT bank_id, ledger_id,
    row_number() OVER (PARTITION BY bank_id ORDER BY gap, ledger_id) AS rb,
    row_number() OVER (PARTITION BY ledger_id ORDER BY gap, bank_id) AS rl
  FROM c)
SELECT bank_id, ledger_id FROM r WHERE rb = 1 AND rl = 1`;

const COUNTS = `
SELECT (SELECT count(*) FROM m1) AS pass1, (SELECT count(*) FROM m2) AS pass2,
  (SELECT count(*) FROM bank WHERE id NOT IN (SELECT bank_id FROM m1 UNION ALL SELECT bank_id FROM m2)) AS unmatched_bank,
  (SELECT count(*) FROM ledger WHERE id NOT IN (SELECT ledger_id FROM m1 UNION ALL SELECT ledger_id FROM m2)) AS unmatched_ledger`;

const CountsRow = z.object({
  pass1: z.coerce.number().int(),
  pass2: z.coerce.number().int(),
  unmatched_bank: z.coerce.number().int(),
  unmatched_ledger: z.coerce.number().int(),
});

async function connect(url: string, schema: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A tuned session, not a crippled one: hash joins and sorts of a million rows fit in memory.
  await client.query(`SET work_mem = '256MB'; SET search_path = ${schema}`);
  return client;
}

async function copyFile(client: pg.Client, table: string, file: string): Promise<void> {
  await pipeline(createReadStream(file), client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`)));
}

/** Loads and matches one statement pair in PostgreSQL; the schema is dropped whatever happens. */
export async function runPgBaseline(url: string, bankFile: string, ledgerFile: string, windowDays = 3): Promise<BaselineResult> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const clients: pg.Client[] = [];
  try {
    const [a, b] = await Promise.all([connect(url, schema), connect(url, schema)]);
    clients.push(a, b);
    await a.query(`CREATE UNLOGGED TABLE bank (${COLUMNS}); CREATE UNLOGGED TABLE ledger (${COLUMNS})`);
    const lap = stopwatch();
    await Promise.all([copyFile(a, 'bank', bankFile), copyFile(b, 'ledger', ledgerFile)]);
    const copy = lap();
    await Promise.all([a.query('ANALYZE bank'), b.query('ANALYZE ledger')]);
    const analyze = lap();
    await a.query(PASS1);
    const pass1 = lap();
    await a.query(PASS2(windowDays));
    const pass2 = lap();
    const row = CountsRow.parse((await a.query(COUNTS)).rows[0]);
    const count = lap();
    const serverCpuS = await backendCpu(clients);
    return {
      phasesMs: { copy, analyze, pass1, pass2, count },
      pass1: row.pass1,
      pass2: row.pass2,
      unmatchedBank: row.unmatched_bank,
      unmatchedLedger: row.unmatched_ledger,
      serverCpuS,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

/** utime + stime of each connection's backend process, from /proc/PID/stat (fields 14 and 15). */
async function backendCpu(clients: readonly pg.Client[]): Promise<number | null> {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    let total = 0;
    for (const c of clients) {
      const pid = z.coerce.number().int().parse((await c.query('SELECT pg_backend_pid() AS pid')).rows[0]?.pid);
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    }
    return Number.isFinite(total) && ticks > 0 ? total / ticks : null;
  } catch {
    return null;
  }
}

function stopwatch(): () => number {
  let last = process.hrtime.bigint();
  return () => {
    const now = process.hrtime.bigint();
    const ms = Number(now - last) / 1e6;
    last = now;
    return Math.round(ms);
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [bankFile, ledgerFile] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!bankFile || !ledgerFile || !url) {
    process.stderr.write('usage: DATABASE_URL=postgres://... node --import tsx test/bench/pg-baseline.ts BANK.csv LEDGER.csv\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await runPgBaseline(url, bankFile, ledgerFile))}\n`);
}
