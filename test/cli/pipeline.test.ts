/**
 * `recon` in a shell pipeline, as a real process: when the reader goes away (`| head -1`, or a
 * reader that never reads) the command ends quietly with status 0 (no EPIPE stack trace, no
 * "internal error"); a missing folder or file is one line in the person's language with an exit
 * code of its own, not "internal error" 70.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const RECON = 'node bot/bin/recon.mjs';
let dir: string;
let env: NodeJS.ProcessEnv;

/** Runs `recon ARGS | READER` in bash; recon's own status and what it wrote on stderr. */
function piped(args: string, reader: string, extraEnv: NodeJS.ProcessEnv = {}): { status: number; stderr: string; out: string } {
  const r = spawnSync('bash', ['-c', `${RECON} ${args} 2>"$ERR" | ${reader}; echo "status=\${PIPESTATUS[0]}"`], {
    env: { ...env, ...extraEnv, ERR: join(dir, 'err') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const status = Number(/status=(\d+)/.exec(r.stdout)?.[1] ?? -1);
  const stderr = spawnSync('cat', [join(dir, 'err')], { encoding: 'utf8' }).stdout;
  return { status, stderr, out: r.stdout.replace(/status=\d+\n?$/, '') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recon-pipe-'));
  env = { ...process.env, RECON_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', RECON_LANG: 'en' };
  const rows = (side: string): string =>
    ['id,date,amount,currency,reference,counterparty,description']
      .concat(Array.from({ length: 5000 }, (_, i) => `${side}${i},2026-10-${String((i % 28) + 1).padStart(2, '0')},${i + 1}.00,CNY,R${i},ACME,payment ${i}`))
      .join('\n');
  writeFileSync(join(dir, 'bank.csv'), rows('B'));
  writeFileSync(join(dir, 'ledger.csv'), rows('L'));
  const demo = spawnSync('bash', ['-c', `${RECON} demo`], { env, encoding: 'utf8' });
  expect(demo.status, demo.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recon | head -1', () => {
  it.each([
    ['reconcile --bank BANK --ledger LEDGER --json', 'head -1'],
    ['reconcile --bank BANK --ledger LEDGER', 'head -1'],
    ['parse BANK --json', 'head -1'],
    ['accounts list', 'true'],
    ['users list', 'true'],
    ['status', 'true'],
    ['status --json', 'true'],
    ['differences --account 31001234567890001', 'true'],
    ['differences --account 31001234567890001 --json', 'true'],
    ['export --account 31001234567890001 --period 2026-10', 'true'],
  ])('`recon %s | %s` ends quietly with status 0', (args, reader) => {
    const r = piped(args.replace('BANK', join(dir, 'bank.csv')).replace('LEDGER', join(dir, 'ledger.csv')), reader);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});

describe('a missing folder or file is one line in the person\'s language', () => {
  it('FAQ_KB_DIR that does not exist: one line naming it, exit 66, in English and in Chinese', () => {
    const en = piped('ask hello --json', 'cat', { FAQ_KB_DIR: join(dir, 'no-kb') });
    expect(en.stderr).toBe(`recon: cannot find ${join(dir, 'no-kb')}: no such file or folder\n`);
    expect(en.status).toBe(66);
    const zh = piped('ask hello --json', 'cat', { FAQ_KB_DIR: join(dir, 'no-kb'), RECON_LANG: 'zh-CN' });
    expect(zh.stderr).toBe(`recon: 找不到 ${join(dir, 'no-kb')}：文件或文件夹不存在\n`);
    expect(zh.status).toBe(66);
  }, 60_000);
});
