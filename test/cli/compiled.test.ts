/**
 * The `recon` bin runs a compiled build of the sources (.build/, `npm run build`) when it matches
 * them, else the sources through tsx. Both must behave the same, and an edited source must never
 * be run from a stale build.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the bin, without type declarations
import { buildIsFresh, sourceState } from '../../bot/bin/compiled.mjs';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'recon-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs node with `args` in the repository; resolves to exit code, stdout and stderr, never throws. */
async function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, RECON_LANG: 'en' }, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('the compiled recon', () => {
  it('is built fresh and gives the same output, bytes and exit codes, as the sources through tsx', async () => {
    const built = await node(['bot/bin/build.mjs']);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/modules compiled/);
    expect(buildIsFresh()).toBe(true);

    const bank = join(dir, 'bank.csv');
    const ledger = join(dir, 'ledger.csv');
    writeFileSync(bank, 'id,date,amount,currency,reference,counterparty,description\nB1,2026-03-01,100.00,CNY,R1,上海华东贸易,货款\nB2,2026-03-02,-5.00,CNY,,,手续费\nB3,2026-03-03,7.00,CNY,R3,,\n');
    writeFileSync(ledger, 'id,date,amount,currency,reference,counterparty,description\nL1,2026-03-01,100.00,CNY,R1,上海华东贸易,货款\nL3,2026-03-04,7.50,CNY,R3,,\n');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,date,amount,currency\nB1,2026-02-30,1.00,CNY\n');
    for (const args of [
      ['reconcile', '--bank', bank, '--ledger', ledger, '--json'],
      ['reconcile', '--bank', bank, '--ledger', ledger, '--lang', 'zh-CN'],
      ['reconcile', '--bank', bad, '--ledger', ledger],
      ['parse', bank, '--json'],
    ]) {
      const compiled = await node(['bot/bin/recon.mjs', ...args]);
      const sources = await node(['--import', 'tsx', 'bot/recon.ts', ...args]);
      expect(compiled, args.join(' ')).toEqual(sources);
    }
    const refused = await node(['bot/bin/recon.mjs', 'reconcile', '--bank', bad, '--ledger', ledger]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('bad.csv:2');
    // Still fresh: the bin, which checks as it starts, ran the build above, not the sources.
    expect(buildIsFresh()).toBe(true);
  }, 60_000);

  it('counts as stale once a source file is edited, added or removed', () => {
    const root = join(dir, 'tree');
    for (const d of ['bot', 'engine/match', 'dialogs']) mkdirSync(join(root, d), { recursive: true });
    writeFileSync(join(root, 'engine/match/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'bot/b.ts'), 'export const b = 1;\n');
    const manifest = join(dir, 'manifest.json');
    const record = () => writeFileSync(manifest, JSON.stringify({ sources: sourceState(root) }));
    record();
    expect(buildIsFresh(root, manifest)).toBe(true);

    writeFileSync(join(root, 'engine/match/a.ts'), 'export const a = 2;\n'); // same size, new time
    utimesSync(join(root, 'engine/match/a.ts'), new Date(), new Date(Date.now() + 5_000));
    expect(buildIsFresh(root, manifest)).toBe(false);
    record();
    writeFileSync(join(root, 'engine/match/new.sql'), 'select 1;\n');
    expect(buildIsFresh(root, manifest)).toBe(false);
    record();
    rmSync(join(root, 'bot/b.ts'));
    expect(buildIsFresh(root, manifest)).toBe(false);
    record();
    expect(buildIsFresh(root, manifest)).toBe(true);
    expect(buildIsFresh(root, join(dir, 'no-such-manifest.json'))).toBe(false);
  });
});
