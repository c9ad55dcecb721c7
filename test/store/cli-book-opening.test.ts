/**
 * `recon accounts set --book-opening AMOUNT --as-of DATE` (issue 20): kept with who set it,
 * shown by `accounts list --json`, used by `recon run` for a journal without balances, and
 * refused with one line when half given or malformed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecon } from '../support/cli.ts';
import type { Db } from '../../engine/store/db.ts';
import { openTestDb, type TestDb } from './support/db.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'recon-book-opening-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('recon accounts set --book-opening (PGlite)', () => {
  let t: TestDb;
  let shared: Db;
  beforeAll(async () => {
    t = await openTestDb('pglite');
    shared = { ...t.db, close: async () => undefined };
    // PGlite's start and migrations take long on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await t.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function recon(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const r = await runRecon(argv, { db: shared, now: NOW });
    return { code: r.code, out: r.stdout, err: r.stderr };
  }

  it('sets the opening, and a run of a month whose journal has no balance column is 相符', async () => {
    await recon('accounts', 'add', '--account', '6222009', '--name', '测试公司', '--currency', 'CNY');
    await recon('users', 'add', '--channel-user-id', 'zhang', '--name', '张三', '--role', 'admin');
    const set = await recon('accounts', 'set', '--account', '6222009', '--book-opening', '100000.00', '--as-of', '2026-11-01', '--as', 'zhang');
    expect(set.out).toBe('已修改账户 6222009（测试公司）。\n  企业日记账期初余额 100000（截至 2026-11-01，zhang 设定）\n');
    const listed = JSON.parse((await recon('accounts', 'list', '--json')).out) as { accounts: Array<{ number: string; bookOpening: unknown }> };
    expect(listed.accounts.find((a) => a.number === '6222009')?.bookOpening).toEqual({ amount: '100000', asOf: '2026-11-01', setBy: 'zhang' });
    const bank = file('bank.csv', 'id,date,amount,currency,reference,counterparty,description,balance\nB1,2026-11-03,12500.00,CNY,INV-1,,货款,112500.00\nB2,2026-11-05,-300.00,CNY,,,办公用品,112200.00\n');
    const journal = file('journal.csv', '日期,凭证号,摘要,借方,贷方\n2026-11-03,记-12,收货款 INV-1,12500.00,\n2026-11-05,记-15,付办公用品,,300.00\n2026-11-30,,本月合计,12500.00,300.00\n');
    expect((await recon('import', '--account', '6222009', '--side', 'bank', bank)).code).toBe(0);
    expect((await recon('import', '--account', '6222009', '--side', 'ledger', journal)).code).toBe(0);
    const run = JSON.parse((await recon('run', '--account', '6222009', '--period', '2026-11', '--as', 'zhang', '--json')).out);
    expect(run.balance).toMatchObject({ bankClosing: '112200.00', ledgerClosing: '112200.00', balanced: true });
    expect(run.openings.ledger).toEqual({ amount: '100000.00', source: 'set', asOf: '2026-11-01', setBy: 'zhang', period: null });
    const text = await recon('run', '--account', '6222009', '--period', '2026-11', '--as', 'zhang');
    expect(text.out).toContain('企业方期初余额 100,000.00（zhang设定，截至 2026-11-01）');
    const en = await recon('run', '--account', '6222009', '--period', '2026-11', '--as', 'zhang', '--lang', 'en');
    expect(en.out).toContain('\nBook opening balance 100,000.00 (set by zhang, as of 2026-11-01)\n');
  });

  it('refuses half an opening, a bad amount or a bad date with one line, and changes nothing', async () => {
    const half = await recon('accounts', 'set', '--account', '6222009', '--book-opening', '5.00', '--as', 'zhang', '--lang', 'en');
    expect([half.code, half.err.split('\n').length]).toEqual([2, 2]);
    expect(half.err).toContain('--as-of');
    const bad = await recon('accounts', 'set', '--account', '6222009', '--book-opening', 'lots', '--as-of', '2026-11-01', '--as', 'zhang', '--lang', 'en');
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('--book-opening')]);
    const date = await recon('accounts', 'set', '--account', '6222009', '--book-opening', '5.00', '--as-of', '2026-13-01', '--as', 'zhang', '--lang', 'en');
    expect(date.code).toBe(2);
    const listed = JSON.parse((await recon('accounts', 'list', '--json')).out) as { accounts: Array<{ number: string; bookOpening: { amount: string } }> };
    expect(listed.accounts.find((a) => a.number === '6222009')?.bookOpening.amount).toBe('100000');
  });
});
