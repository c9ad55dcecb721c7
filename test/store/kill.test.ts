import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import type { Db } from '../../engine/store/db.ts';
import { openStore } from '../../engine/store/open.ts';
import { describeNeeding } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement, type LineSpec } from './support/fixtures.ts';

const CHILD = fileURLToPath(new URL('./support/run-child.ts', import.meta.url));
const LINES = 30_000;

function lines(side: 'B' | 'V'): LineSpec[] {
  return Array.from({ length: LINES }, (_, i) => ({
    id: `${side}${i}`,
    date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
    amount: `${i % 7 === 0 ? '-' : ''}${(i % 9973) + 1}.${String(i % 100).padStart(2, '0')}`,
    // Every 10th ledger line has no counterpart, so the run has differences to write.
    reference: side === 'V' && i % 10 === 0 ? `X${i}` : `R${i}`,
  }));
}

const count = async (t: { db: Db }, table: string): Promise<number> => Number((await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n);

async function importPair(db: Db): Promise<void> {
  await importStatements(db, { account: ACCOUNT, side: 'bank', fileName: 'b.csv', sha256: '1'.repeat(64), statements: [statement(ACCOUNT, lines('B'))], actor: 'u-staff', at: AT });
  await importStatements(db, { account: ACCOUNT, side: 'ledger', fileName: 'l.csv', sha256: '2'.repeat(64), statements: [statement(ACCOUNT, lines('V'))], actor: 'u-staff', at: AT });
}

/** The child's exit signal and what it printed, once it has printed `marker`. */
function childRun(args: string[], marker: string): { printed: Promise<void>; exited: Promise<NodeJS.Signals | null>; out: () => string; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const printed = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes(marker)) resolve();
  }));
  return { printed, exited, out: () => out, kill: () => child.kill('SIGKILL') };
}

/**
 * The server process and transaction start of another session that holds the row lock on this
 * test's accounts table inside an open transaction (the run under way), or null.
 */
async function openRun(t: TestDb): Promise<{ pid: number; xactStart: string } | null> {
  // This test's schema only: other test files run their own accounts tables at the same time.
  const res = await t.db.query<{ pid: number; xact_start: string }>(
    `SELECT a.pid, a.xact_start::text AS xact_start
       FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE n.nspname = $1 AND c.relname = 'accounts' AND l.mode = 'RowShareLock' AND l.granted
        AND a.xact_start IS NOT NULL AND l.pid <> pg_backend_pid()`,
    [t.schema],
  );
  const row = res.rows[0];
  return row ? { pid: row.pid, xactStart: row.xact_start } : null;
}

/** Polls `openRun` for up to 5 seconds. */
async function waitForOpenRun(t: TestDb): Promise<{ pid: number; xactStart: string } | null> {
  for (let i = 0; i < 200; i++) {
    const run = await openRun(t);
    if (run) return run;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

describeNeeding('postgresql', 'a run killed with SIGKILL (PostgreSQL)', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb('pg');
    await seed(t.db);
    await importPair(t.db);
  }, 120_000);
  afterEach(async () => t.drop());

  it('leaves no partial run, and the next run succeeds', async () => {
    const child = childRun([process.env.DATABASE_URL!, t.schema!, ACCOUNT, '2026-10'], 'start');
    await child.printed;
    // Wait until the run is inside its transaction (it has locked the account row), then kill.
    const inside = await waitForOpenRun(t);
    expect(inside, 'the run never held the account lock inside an open transaction').not.toBeNull();
    // A moment more so that it is writing (a faster run may finish in 300 ms), and then it must
    // still be inside that same transaction when the kill goes out.
    await new Promise((r) => setTimeout(r, 50));
    expect(await openRun(t)).toEqual(inside);
    child.kill();
    expect(await child.exited).toBe('SIGKILL');
    expect(child.out()).not.toContain('done');
    expect([await count(t, 'runs'), await count(t, 'matches'), await count(t, 'differences')]).toEqual([0, 0, 0]);
    const run = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(run.report.summary.bankCount).toBe(LINES);
    expect(await count(t, 'runs')).toBe(1);
    expect(await count(t, 'differences')).toBe(run.report.differences.length);
  }, 180_000);
});

describe('a run killed with SIGKILL (embedded PGlite in a data folder)', () => {
  it('leaves no partial run in the folder, and the next process runs the period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recon-kill-'));
    try {
      const setup = await openStore({ dataDir: dir });
      await seed(setup);
      await importPair(setup);
      await setup.close();
      // Killed while it writes its first matches: inside its transaction, after the matching.
      const child = childRun(['--data-dir', dir, ACCOUNT, '2026-10'], 'writing');
      await child.printed;
      child.kill();
      expect(await child.exited).toBe('SIGKILL');
      expect(child.out()).not.toContain('done');
      // The next process takes the dead child's lock over; PostgreSQL inside recovers the folder.
      const db = await openStore({ dataDir: dir });
      try {
        expect([await count({ db }, 'runs'), await count({ db }, 'matches'), await count({ db }, 'differences')]).toEqual([0, 0, 0]);
        expect(await count({ db }, 'transactions')).toBe(2 * LINES);
        const run = await runReconciliation(db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
        expect(run.report.summary.bankCount).toBe(LINES);
        expect(await count({ db }, 'runs')).toBe(1);
        expect(await count({ db }, 'differences')).toBe(run.report.differences.length);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
