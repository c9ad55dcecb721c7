import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecon } from '../support/cli.ts';
import type { Db } from '../../engine/store/db.ts';
import { openTestDb, type TestDb } from './support/db.ts';

const NOW = new Date('2026-11-26T10:00:00Z');
const SAMPLES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'recon-cli-'));

function csv(name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `id,date,amount,currency,reference,counterparty,description,balance\n${rows.join('\n')}\n`);
  return file;
}

describe('the store commands (PGlite)', () => {
  let t: TestDb;
  // The commands close the store after each call; the in-memory database must outlive them.
  let shared: Db;
  beforeAll(async () => {
    t = await openTestDb('pglite');
    shared = { ...t.db, close: async () => undefined };
  });
  afterAll(async () => t.drop());

  async function recon(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const r = await runRecon(argv, { db: shared, now: NOW });
    return { code: r.code, out: r.stdout, err: r.stderr };
  }

  it('adds accounts and people, imports idempotently, runs, and resolves with two people', async () => {
    expect((await recon('accounts', 'add', '--account', '6222001', '--name', '测试公司', '--currency', 'CNY', '--write-off-limit', '20')).out)
      .toBe('已新增账户 6222001（测试公司，CNY，每月对账）。\n');
    await recon('users', 'add', '--channel-user-id', 'zhang', '--name', '张三', '--role', 'staff');
    await recon('users', 'add', '--channel-user-id', 'li', '--name', '李四', '--role', 'approver');
    const bank = csv('bank.csv', ['B1,2026-10-08,500.00,CNY,INV-1,,货款,1500.00', 'B2,2026-10-09,-5.00,CNY,,,手续费,1495.00']);
    const ledger = csv('ledger.csv', ['V1,2026-10-08,500.00,CNY,INV-1,,收货款,1500.00']);
    const first = await recon('import', '--account', '6222001', '--side', 'bank', bank, '--json');
    expect(JSON.parse(first.out)).toEqual({ file: bank, side: 'bank', account: '6222001', inserted: 2, alreadyPresent: 0 });
    expect(JSON.parse((await recon('import', '--account', '6222001', '--side', 'bank', bank, '--json')).out)).toMatchObject({ inserted: 0, alreadyPresent: 2 });
    expect((await recon('import', '--account', '6222001', '--side', 'ledger', ledger)).out).toBe(`已导入 ${ledger}（企业方，账户 6222001）：新增 1 笔，已存在 0 笔。\n`);

    const run = JSON.parse((await recon('run', '--account', '6222001', '--period', '2026-10', '--json')).out);
    expect(run).toMatchObject({ runId: '1', summary: { bankCount: 2, ledgerCount: 1, matchedBank: 1, differences: 1 }, differences: [{ kind: 'bank_only_debit', ids: ['B2'], amount: '-5.00' }] });
    const diffs = JSON.parse((await recon('differences', '--account', '6222001', '--json')).out);
    const id: string = diffs.differences[0].id;

    expect((await recon('resolve', '--difference', id, '--kind', 'write_off', '--reason', '手续费')).err).toContain('--as');
    expect((await recon('resolve', '--difference', id, '--as', 'zhang', '--kind', 'write_off', '--reason', '手续费')).out).toBe(`差异 #${id} 现在是“待审批”（版本 2）。\n`);
    const self = await recon('approve', '--difference', id, '--as', 'zhang');
    expect(self.code).toBe(1);
    expect(self.err).toBe('recon: 角色“对账员”不能执行“审批通过”。\n');
    const terse = await recon('reject', '--difference', id, '--as', 'li', '--comment', 'x');
    expect(terse.code).toBe(1);
    expect(terse.err).toBe('recon: 驳回意见要写明原因（至少两个汉字或四个字母），提交人才知道要改什么。\n');
    expect((await recon('approve', '--difference', id, '--as', 'li', '--version', '2', '--json')).out).toBe(`{"differenceId":"${id}","state":"closed","version":3}\n`);
    expect((await recon('audit', 'verify')).out).toMatch(/^审计日志完好：共 \d+ 条/);
  });

  it('refuses bad input with one line on stderr and writes nothing', async () => {
    const usd = csv('usd.csv', ['U1,2026-10-08,1.00,USD,,,x,']);
    const cases: [string[], RegExp][] = [
      [['import', '--account', 'nope', '--side', 'bank', usd], /^recon: 未知账户 nope。/],
      [['import', '--account', '6222001', '--side', 'bank', usd], /^recon: .*usd\.csv(:2)?：币种 USD 与账户 6222001 的币种 CNY 不符，未导入任何内容。\n$/],
      [['run', '--account', '6222001', '--period', '2025-01'], /^recon: 账户 6222001 没有覆盖期间 2025-01 的对账单/],
      [['run', '--account', '6222001'], /^recon: 请用 --date 或 --period/],
      [['accounts', 'add', '--account', '6222009', '--name', 'x', '--currency', 'XXX'], /^recon: 选项 --currency 的值无效：XXX\n$/],
      [['status', '--lang', 'fr'], /^recon: 选项 --lang 的值无效：fr\n$/],
      [['import', '--account', '6222001', '--side', 'bank', join(dir, 'missing.csv')], /^recon: .*missing\.csv/],
    ];
    for (const [argv, err] of cases) {
      const r = await recon(...argv);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err).toMatch(err);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    const n = await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM transactions');
    expect(n.rows[0]!.n).toBe('3');
  });

  it('exports the record as XLSX, and seeds the demo once', async () => {
    const out = join(dir, 'record.xlsx');
    expect((await recon('export', '--account', '6222001', '--period', '2026-10', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['余额调节表', '已匹配', '差异']);
    expect(wb.getWorksheet('余额调节表')!.getRow(12).values).toEqual([undefined, '是否相符', '相符']);
    // An --out that cannot be written: one line naming the file and why, exit 2, nothing left behind.
    const missing = await recon('export', '--account', '6222001', '--period', '2026-10', '--format', 'csv', '--out', join(dir, 'no-such-folder', 'r.csv'));
    expect(missing).toEqual({ code: 2, out: '', err: `recon: 无法把对账记录写入 ${join(dir, 'no-such-folder', 'r.csv')}：目录不存在，未写入任何内容。\n` });
    const folder = await recon('export', '--account', '6222001', '--period', '2026-10', '--format', 'xlsx', '--out', dir, '--lang', 'en');
    expect(folder).toEqual({ code: 2, out: '', err: `recon: cannot write the record to ${dir}: that is a folder; nothing written.\n` });
    expect(readdirSync(dirname(dir)).filter((f) => f.startsWith(`${basename(dir)}.tmp-`))).toEqual([]);
    const first = JSON.parse((await recon('demo', '--json')).out);
    expect(first).toMatchObject({ accounts: 3, users: 6, runs: 2, period: '2026-10' });
    expect((await recon('demo')).out).toBe('演示数据已存在，没有新增内容。\n');
    const status = JSON.parse((await recon('status', '--json')).out);
    expect(status.accounts.map((a: { number: string; dueNotRun: boolean }) => [a.number, a.dueNotRun])).toEqual([
      ['31001234567890001', false], ['31001234567890002', false], ['31001234567890003', false], ['6222001', false],
    ]);
    // The headline adds the amounts regardless of sign (what is at stake); the lines per kind keep their signs.
    const first001 = status.accounts.find((a: { number: string }) => a.number === '31001234567890001');
    // The demo's write-off waiting for approval (15.00) is counted apart from the open ones.
    expect(first001.open).toMatchObject({ count: 6, absoluteAmount: '109397.58', awaitingApproval: 1, awaitingAmount: '-15.00' });
    expect(first001.inTransit).toEqual({ count: 0, overdue: [] });
    const text = (await recon('status')).out;
    expect(text).toContain('  未处理差异 6 项，金额绝对值合计 109,397.58，最久 ');
    expect(text).toContain('  待审批 1 项，合计 -15.00');
    expect((await recon('status', '--lang', 'en')).out).toContain('  6 open differences, 109,397.58 in absolute amounts, oldest ');
    // A re-run of the demo's second account keeps the numbers of what is still open (#9 waits for approval).
    const rerun = await recon('run', '--account', '31001234567890002', '--period', '2026-10', '--as', 'demo-staff-1');
    expect(rerun.out).toMatch(/\n {2}仍未解决、沿用原编号 2 笔：#\d+、#\d+\n/);
    expect(rerun.out).not.toContain('新发现差异');
  }, 120_000);

  it('imports a real MT940 statement once, into its own account only', async () => {
    const sta = join(SAMPLES, 'mt940', 'actual_data.sta');
    await recon('accounts', 'add', '--account', 'FR7630006000011234567890189', '--name', 'Compte EUR', '--currency', 'EUR');
    await recon('accounts', 'add', '--account', 'FR7630006000019999999999999', '--name', 'Autre compte', '--currency', 'EUR');
    const first = JSON.parse((await recon('import', '--account', 'FR7630006000011234567890189', '--side', 'bank', sta, '--json')).out);
    expect(first).toMatchObject({ inserted: 6, alreadyPresent: 0 });
    expect(JSON.parse((await recon('import', '--account', 'FR7630006000011234567890189', '--side', 'bank', sta, '--json')).out)).toMatchObject({ inserted: 0, alreadyPresent: 6 });
    const other = await recon('import', '--account', 'FR7630006000019999999999999', '--side', 'bank', sta, '--lang', 'en');
    expect(other.code).toBe(1);
    expect(other.err).toBe(`recon: ${sta}: the file is for account FR7630006000011234567890189, not FR7630006000019999999999999; nothing imported.\n`);
    const cny = await recon('import', '--account', '6222001', '--side', 'bank', sta);
    expect(cny.code).toBe(1);
    expect(cny.err).toContain('未导入任何内容');
  });

  it('imports zero-amount lines but says where they are, in the text output only', async () => {
    await recon('accounts', 'add', '--account', '6222077', '--name', '零额测试', '--currency', 'CNY');
    const rows = ['Z1,2026-10-08,500.00,CNY,INV-9,,货款,500.00', 'Z2,2026-10-09,0.00,CNY,,,结息,500.00', 'Z3,2026-10-10,-0.00,CNY,,,冲零,500.00'];
    const zero = csv('zero.csv', rows);
    const text = await recon('import', '--account', '6222077', '--side', 'bank', zero);
    expect(text.out).toBe(`已导入 ${zero}（银行方，账户 6222077）：新增 3 笔，已存在 0 笔。\n`
      + '注意：有 2 笔金额为 0（第 3、4 行）。它们不改变余额，但找不到对应记录时会在对账中列为差异，请核对文件。\n');
    const again = csv('zero-en.csv', rows);
    expect((await recon('import', '--account', '6222077', '--side', 'bank', again, '--lang', 'en')).out.split('\n')[1])
      .toBe('Note: 2 line(s) have amount 0 (line 3, 4). They change no balance, but with no counterpart the run lists them as differences; please check the file.');
    expect(JSON.parse((await recon('import', '--account', '6222077', '--side', 'bank', zero, '--json')).out)).toEqual({ file: zero, side: 'bank', account: '6222077', inserted: 0, alreadyPresent: 3 });
  });

  it('imports a file whose balance contradicts an earlier file but names the day, both figures and the earlier file', async () => {
    await recon('accounts', 'add', '--account', '6222078', '--name', '余额冲突', '--currency', 'CNY');
    // The same October exported twice: the second export lacks the 100.00 payment and ends lower.
    const first = csv('oct-first.csv', ['C1,2026-10-08,500.00,CNY,INV-1,,货款,1500.00', 'C2,2026-10-10,-100.00,CNY,PAY-1,,付款,1400.00']);
    const second = csv('oct-second.csv', ['C1,2026-10-08,500.00,CNY,INV-1,,货款,1500.00', 'C3,2026-10-10,-120.00,CNY,PAY-2,,付款,1380.00']);
    expect((await recon('import', '--account', '6222078', '--side', 'bank', first)).out).toBe(`已导入 ${first}（银行方，账户 6222078）：新增 2 笔，已存在 0 笔。\n`);
    const text = await recon('import', '--account', '6222078', '--side', 'bank', second);
    expect(text.code).toBe(0);
    expect(text.out).toBe(`已导入 ${second}（银行方，账户 6222078）：新增 1 笔，已存在 1 笔。\n`
      + `注意：${second} 所载 2026-10-10 日终余额 1,380.00，与此前导入的 ${first} 所载 1,400.00 不同。请向银行核实哪一份正确；弄清之前，含这一天的对账结果不能作为依据。\n`);
    // --json keeps the contract's five fields.
    expect(JSON.parse((await recon('import', '--account', '6222078', '--side', 'bank', second, '--json')).out)).toEqual({ file: second, side: 'bank', account: '6222078', inserted: 0, alreadyPresent: 2 });
  });
});
