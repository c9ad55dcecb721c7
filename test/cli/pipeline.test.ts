/**
 * `recon … | head -1` and `recon … | true`: a reader that goes away before the output ends is a
 * normal end of a pipeline. Every listing command stays quiet (nothing on stderr, no stack
 * trace) and exits 0. The store is a small demo in a temp folder and the reconcile files are a few
 * thousand lines with distinct amounts (an earlier version of this test fed the matcher ties that
 * took minutes).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const RECON = join(ROOT, 'bot/bin/recon.mjs');
const dir = mkdtempSync(join(tmpdir(), 'recon-pipeline-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function env(): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const k of Object.keys(clean)) if (/^(RECON_|FAQ_|DATABASE_URL$|LANG$)/.test(k)) delete clean[k];
  return { ...clean, RECON_DATA_DIR: dataDir, RECON_LANG: 'zh-CN' };
}

interface Piped {
  /** recon's own exit status (PIPESTATUS[0]), not the reader's. */
  status: number;
  stderr: string;
  /** What the reader printed. */
  read: string;
}

/** Runs `recon ARGS | READER` under bash and returns recon's status and stderr. */
function piped(args: readonly string[], reader: 'head -1' | 'true'): Piped {
  // `timeout` so that a recon that hangs is killed with its shell, not left behind (status 124).
  const script = `timeout 50 "${process.execPath}" "$0" "$@" | ${reader}; echo "status=\${PIPESTATUS[0]}"`;
  const r = spawnSync('bash', ['-c', script, RECON, ...args], { cwd: dir, env: env(), encoding: 'utf8', timeout: 60_000 });
  const status = /status=(\d+)\s*$/.exec(r.stdout);
  return { status: status ? Number(status[1]) : -1, stderr: r.stderr, read: r.stdout.replace(/status=\d+\s*$/, '') };
}

function expectQuiet(args: readonly string[]): void {
  for (const reader of ['head -1', 'true'] as const) {
    const r = piped(args, reader);
    expect({ args: args.join(' '), reader, stderr: r.stderr, status: r.status }).toEqual({ args: args.join(' '), reader, stderr: '', status: 0 });
    if (reader === 'head -1') expect(r.read.split('\n').filter((l) => l !== '')).toHaveLength(1);
  }
}

/** A canonical CSV of `n` lines with distinct amounts, so the matcher pairs them at once. */
function statement(name: string, prefix: string, n: number, skip = 0): string {
  const rows = ['id,date,amount,currency,reference,counterparty,description'];
  for (let i = 1; i <= n; i++) if (i % 7 !== skip) rows.push(`${prefix}${i},2026-03-${String(1 + (i % 28)).padStart(2, '0')},${i}.${String(i % 100).padStart(2, '0')},CNY,R${i},上海华东贸易,货款 ${i}`);
  const path = join(dir, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

const ACCOUNT = '31001234567890001';
let period = '';
let bank = '';
let ledger = '';

beforeAll(() => {
  const seeded = spawnSync(process.execPath, [RECON, 'demo', '--json'], { cwd: dir, env: env(), encoding: 'utf8', timeout: 120_000 });
  expect(seeded.stderr).toBe('');
  period = (JSON.parse(seeded.stdout) as { period: string }).period;
  // Every seventh line missing on one side or the other: differences enough to fill the report.
  bank = statement('bank.csv', 'B', 3000, 3);
  ledger = statement('ledger.csv', 'L', 3000, 5);
}, 120_000);

describe('recon in a pipeline whose reader stops early', () => {
  const T = 60_000;
  it('accounts list', () => expectQuiet(['accounts', 'list']), T);
  it('accounts list --json', () => expectQuiet(['accounts', 'list', '--json']), T);
  it('users list', () => expectQuiet(['users', 'list']), T);
  it('users list --json', () => expectQuiet(['users', 'list', '--json']), T);
  it('status', () => expectQuiet(['status']), T);
  it('status --json', () => expectQuiet(['status', '--json']), T);
  it('differences', () => expectQuiet(['differences', '--account', ACCOUNT]), T);
  it('differences --json', () => expectQuiet(['differences', '--account', ACCOUNT, '--json']), T);
  it('audit verify', () => expectQuiet(['audit', 'verify']), T);
  it('audit verify --json', () => expectQuiet(['audit', 'verify', '--json']), T);
  it('export csv to stdout', () => expectQuiet(['export', '--account', ACCOUNT, '--period', period, '--format', 'csv']), T);
  it('export json to stdout', () => expectQuiet(['export', '--account', ACCOUNT, '--period', period, '--format', 'json']), T);
  it('faq report', () => expectQuiet(['faq', 'report']), T);
  it('--help', () => expectQuiet(['--help']), T);
  it('reconcile, text report', () => expectQuiet(['reconcile', '--bank', bank, '--ledger', ledger]), T);
  it('reconcile --json', () => expectQuiet(['reconcile', '--bank', bank, '--ledger', ledger, '--json']), T);
  it('parse', () => expectQuiet(['parse', bank]), T);
  it('parse --json', () => expectQuiet(['parse', bank, '--json']), T);

  it('run --json: the run is stored even though its report was cut short', () => {
    const before = spawnSync(process.execPath, [RECON, 'status', '--json'], { cwd: dir, env: env(), encoding: 'utf8', timeout: 60_000 });
    expectQuiet(['run', '--account', ACCOUNT, '--period', period, '--json']);
    const after = spawnSync(process.execPath, [RECON, 'status', '--json'], { cwd: dir, env: env(), encoding: 'utf8', timeout: 60_000 });
    expect(after.status).toBe(0);
    const lastRun = (text: string): string | undefined =>
      (JSON.parse(text) as { accounts: { number: string; lastRun: { runId: string } | null }[] }).accounts.find((a) => a.number === ACCOUNT)?.lastRun?.runId;
    expect(Number(lastRun(after.stdout))).toBeGreaterThan(Number(lastRun(before.stdout)));
  }, 3 * T);
});
