/** `recon reconcile` end to end through runCli, on real files: text, JSON, --out, bad input. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRecon } from '../support/cli.ts';
import type { Lang } from '../../engine/i18n/index.ts';
import { JsonReportExtSchema } from '../../engine/report/json.ts';

const SAMPLES = join(import.meta.dirname, '..', 'fixtures');

async function recon(args: string[], lang: Lang = 'zh-CN') {
  return runRecon(args, { lang });
}

const dir = mkdtempSync(join(tmpdir(), 'recon-reconcile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const HEADER = 'id,date,amount,currency,reference,counterparty,description';
const bankRows = [
  'B1,2026-03-05,-1005.00,CNY,TRF-77,深圳乙公司,转账',
  'B2,2026-03-10,-2.00,CNY,,,手续费',
  'B3,2026-03-31,12.34,CNY,,,利息',
  'B4,2026-03-25,-30000.00,CNY,PAY-03,批量代发,工资',
];
const ledgerRows = [
  'L1,2026-03-05,-1000.00,CNY,TRF-77,深圳乙公司,付货款',
  'L2,2026-03-11,-2.00,CNY,,,手续费',
  'L3,2026-03-30,-4500.00,CNY,CHQ-1,,支票',
  'L4,2026-03-25,-18000.00,CNY,PAY-03,张三等,工资',
  'L5,2026-03-25,-12000.00,CNY,PAY-03,李四等,工资',
];
const bank = file('bank.csv', [HEADER, ...bankRows, ''].join('\n'));
const ledger = file('ledger.csv', [HEADER, ...ledgerRows, ''].join('\n'));

describe('recon reconcile', () => {
  it('prints the readable report with the balance statement in Chinese by default', async () => {
    const r = await recon(['reconcile', '--bank', bank, '--ledger', ledger]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('余额调节表');
    expect(r.stdout).toContain('金额不符：1 项，合计 -5.00');
    expect(r.stdout).toContain('企业已付、银行未付：1 项，合计 -4,500.00');
    expect(r.stdout).toContain('结论：调节后余额相符');
  });

  it('speaks English with --lang en', async () => {
    const r = await recon(['reconcile', '--bank', bank, '--ledger', ledger, '--lang', 'en']);
    expect(r.stdout).toContain('Balance statement');
    expect(r.stdout).toContain('Verdict: the adjusted balances agree');
  });

  it('--json prints the contract report; the same files in another row order give the same bytes', async () => {
    const r = await recon(['reconcile', '--bank', bank, '--ledger', ledger, '--json']);
    expect(r.code).toBe(0);
    const report = JsonReportExtSchema.parse(JSON.parse(r.stdout));
    expect(report.matches).toEqual([
      { rule: 'reference', bank: ['B1'], ledger: ['L1'], difference: '-5.00' },
      { rule: 'one_to_many', bank: ['B4'], ledger: ['L4', 'L5'], difference: '0.00' },
      { rule: 'amount_date', bank: ['B2'], ledger: ['L2'], difference: '0.00' },
    ]);
    expect(report.differences).toEqual([
      { kind: 'amount_mismatch', side: 'both', ids: ['B1', 'L1'], amount: '-5.00' },
      { kind: 'bank_only_credit', side: 'bank', ids: ['B3'], amount: '12.34' },
      { kind: 'ledger_only_debit', side: 'ledger', ids: ['L3'], amount: '-4500.00' },
    ]);
    expect(report.summary).toEqual({ bankCount: 4, ledgerCount: 5, matchedBank: 3, matchedLedger: 4, differences: 3, balanced: true });
    const bank2 = file('bank-reordered.csv', [HEADER, ...[...bankRows].reverse(), ''].join('\n'));
    const ledger2 = file('ledger-reordered.csv', [HEADER, ledgerRows[3], ledgerRows[0], ledgerRows[4], ledgerRows[2], ledgerRows[1], ''].join('\n'));
    const again = await recon(['reconcile', '--bank', bank2, '--ledger', ledger2, '--json']);
    expect(again.stdout.replaceAll(bank2, bank).replaceAll(ledger2, ledger)).toBe(r.stdout);
  });

  it('--out writes the JSON report to a file and still prints the text report', async () => {
    const out = join(dir, 'report.json');
    const r = await recon(['reconcile', '--bank', bank, '--ledger', ledger, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Balance statement');
    const json = await recon(['reconcile', '--bank', bank, '--ledger', ledger, '--json']);
    expect(readFileSync(out, 'utf8')).toBe(json.stdout);
  });

  it('--out of a report of many pages writes the same bytes as --json prints', async () => {
    const rows = (prefix: string, n: number): string[] =>
      Array.from({ length: n }, (_, i) => `${prefix}${i + 1},2026-03-${String((i % 28) + 1).padStart(2, '0')},${(i % 977) + 1}.${String(i % 100).padStart(2, '0')},CNY,R${i},甲公司${i % 7},摘要`);
    const big1 = file('big-bank.csv', [HEADER, ...rows('B', 4000), ''].join('\n'));
    const big2 = file('big-ledger.csv', [HEADER, ...rows('L', 3000), ''].join('\n'));
    const out = join(dir, 'big.json');
    const r = await recon(['reconcile', '--bank', big1, '--ledger', big2, '--out', out]);
    expect(r.code).toBe(0);
    const json = await recon(['reconcile', '--bank', big1, '--ledger', big2, '--json']);
    expect(json.stdout.length).toBeGreaterThan(4 * 65_536);
    expect(readFileSync(out, 'utf8')).toBe(json.stdout);
  });

  it('refuses an --out it cannot write with one line and exit 2, and leaves no partial file', async () => {
    const r = await recon(['reconcile', '--bank', bank, '--ledger', ledger, '--out', join(dir, 'no-such-folder', 'r.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`recon: cannot write the report to ${join(dir, 'no-such-folder', 'r.json')}: the folder does not exist\n`);
    const onDir = await recon(['reconcile', '--bank', bank, '--ledger', ledger, '--out', dir]);
    expect(onDir.code).toBe(2);
    expect(onDir.stderr).toContain('这是一个目录');
    expect(readdirSync(join(dir, '..')).filter((f) => f.startsWith(`${basename(dir)}.partial-`))).toEqual([]);
  });

  it.each([
    [['--date-window', '-1'], '--date-window'],
    [['--date-window', '2.5'], '--date-window'],
    [['--amount-tolerance', 'abc'], '--amount-tolerance'],
    [['--amount-tolerance', '-0.5'], '--amount-tolerance'],
    [['--date-basis', 'posting'], '--date-basis'],
    [['--bank-format', 'xls'], '--bank-format'],
    [['--ledger-format', 'mt940'], '--ledger-format'],
  ])('refuses a bad option %j with one line and exit 2', async (extra, flag) => {
    const r = await recon(['reconcile', '--bank', bank, '--ledger', ledger, ...extra, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(flag);
  });

  it('refuses an unreadable ledger with one line naming file and line, and writes no report', async () => {
    const bad = file('bad-ledger.csv', [HEADER, ledgerRows[0], 'L2,2026-03-11,"12,34,5",CNY,,,x', ''].join('\n'));
    const out = join(dir, 'never.json');
    const r = await recon(['reconcile', '--bank', bank, '--ledger', bad, '--json', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad-ledger.csv');
    expect(r.stderr).toContain('3');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a missing file and files in two currencies', async () => {
    const missing = await recon(['reconcile', '--bank', bank, '--ledger', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv');
    const usd = file('usd.csv', [HEADER, 'B1,2026-03-05,-10.00,USD,,,x', ''].join('\n'));
    const r = await recon(['reconcile', '--bank', usd, '--ledger', ledger, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('USD');
    expect(r.stderr).toContain('CNY');
  });

  it('shows an MT940 statement that does not add up, and reads a bank CSV through a profile', async () => {
    const empty = file('empty-eur.csv', `${HEADER}\n`);
    const r = await recon(['reconcile', '--bank', join(SAMPLES, 'mt940', 'jejik_ing.sta'), '--ledger', empty, '--json']);
    expect(r.code).toBe(0);
    const report = JsonReportExtSchema.parse(JSON.parse(r.stdout));
    expect(report.currency).toBe('EUR');
    expect(report.statements[0]).toMatchObject({ side: 'bank', addsUp: false, closing: '3.47', computedClosing: '-45.59' });
    expect(report.summary.bankCount).toBe(report.differences.length);

    const profile = file('profile.json', JSON.stringify({ delimiter: ';', dateFormat: 'DD.MM.YYYY', decimalSeparator: ',', currency: 'CNY', columns: { id: 'Nr', date: 'Datum', amount: 'Betrag', reference: 'Ref' } }));
    const odd = file('odd-bank.csv', 'Nr;Datum;Betrag;Ref\nX1;05.03.2026;-1005,00;TRF-77\n');
    const viaProfile = await recon(['reconcile', '--bank', odd, '--bank-format', 'csv', '--bank-profile', profile, '--ledger', ledger, '--json']);
    expect(viaProfile.stderr).toBe('');
    const rep = JsonReportExtSchema.parse(JSON.parse(viaProfile.stdout));
    expect(rep.matches).toContainEqual({ rule: 'reference', bank: ['X1'], ledger: ['L1'], difference: '-5.00' });
  });
});
