/**
 * The book's opening balance (issue 20): where each side's opening came from, `--ledger-opening`
 * for a journal without a balance column, a journal whose 期初余额 row gives it, and a gap
 * between a file's opening and the figure handed in.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import { reconcile } from '../../engine/reconcile.ts';
import { JsonReportExtSchema, toJsonReport } from '../../engine/report/json.ts';
import { stringifyJsonReport } from '../../engine/report/serialise.ts';
import { renderTextReport } from '../../engine/report/text.ts';
import { runRecon } from '../support/cli.ts';
import { statement } from '../match/build.ts';

const SAMPLES = join(import.meta.dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'recon-openings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

// The held-out style month: the bank states its running balance, the journal (a general-ledger
// export) has no balance column at all.
const bank = file(
  'bank.csv',
  ['id,date,amount,currency,reference,counterparty,description,balance', 'B1,2026-11-03,12500.00,CNY,,北京甲公司,货款,112500.00', 'B2,2026-11-05,-300.00,CNY,,,办公用品,112200.00', ''].join('\n'),
);
const journal = file('journal.csv', ['id,date,amount,currency,reference,counterparty,description', 'J1,2026-11-03,12500.00,CNY,,北京甲公司,货款', 'J2,2026-11-05,-300.00,CNY,,,办公用品', ''].join('\n'));

describe('recon reconcile: the book opening', () => {
  it('without an opening the journal closes at 0 + entries: off by exactly the opening', async () => {
    const r = await runRecon(['reconcile', '--bank', bank, '--ledger', journal, '--json'], { lang: 'zh-CN' });
    expect(r.code).toBe(0);
    const report = JsonReportExtSchema.parse(JSON.parse(r.stdout));
    expect(report.balance.balanced).toBe(false);
    expect(report.balance.ledgerClosing).toBe('12200.00');
    expect(report.openingSources).toEqual({ bank: 'running_balance', ledger: 'none' });
  });

  it('--ledger-opening balances the month (相符) and the reports say where the opening came from', async () => {
    const r = await runRecon(['reconcile', '--bank', bank, '--ledger', journal, '--ledger-opening', '100000.00', '--json'], { lang: 'zh-CN' });
    expect(r.code).toBe(0);
    const report = JsonReportExtSchema.parse(JSON.parse(r.stdout));
    expect(report.balance).toMatchObject({ ledgerClosing: '112200.00', balanced: true });
    expect(report.openingSources).toEqual({ bank: 'running_balance', ledger: 'set' });
    expect(report.openings.ledger).toEqual({ amount: '100000.00', source: 'set', asOf: null, setBy: null, period: null });
    expect(report.openingGaps).toEqual([]);
    const text = await runRecon(['reconcile', '--bank', bank, '--ledger', journal, '--ledger-opening', '100000.00'], { lang: 'zh-CN' });
    expect(text.stdout).toContain('期初余额 100,000.00（命令行指定）');
    expect(text.stdout).toContain('结论：调节后余额相符');
    const en = await runRecon(['reconcile', '--bank', bank, '--ledger', journal, '--ledger-opening', '100000.00', '--lang', 'en'], { lang: 'en' });
    expect(en.stdout).toContain('Opening balance 100,000.00 (given on the command line)');
  });

  it('a journal in the shape of a 用友 export gives its own opening, and it balances against the bank', async () => {
    const r = await runRecon(['reconcile', '--bank', bank, '--ledger', join(SAMPLES, 'journal/constructed_yonyou_journal_utf8.csv'), '--json'], { lang: 'zh-CN' });
    expect(r.code).toBe(0);
    const report = JsonReportExtSchema.parse(JSON.parse(r.stdout));
    expect(report.summary).toMatchObject({ ledgerCount: 2, matchedLedger: 2, balanced: true });
    expect(report.openings.ledger).toMatchObject({ amount: '100000.00', source: 'stated', asOf: '2026-11-01' });
  });

  it('--bank-opening does the same for a bank file without balances', async () => {
    const bare = file('bank-bare.csv', ['id,date,amount,currency,reference,counterparty,description', 'B1,2026-11-03,12500.00,CNY,,北京甲公司,货款', 'B2,2026-11-05,-300.00,CNY,,,办公用品', ''].join('\n'));
    const yonyou = join(SAMPLES, 'journal/constructed_yonyou_journal_utf8.csv');
    const r = await runRecon(['reconcile', '--bank', bare, '--ledger', yonyou, '--bank-opening', '100000', '--json'], { lang: 'zh-CN' });
    const report = JsonReportExtSchema.parse(JSON.parse(r.stdout));
    expect(report.openingSources).toEqual({ bank: 'set', ledger: 'stated' });
    expect(report.balance).toMatchObject({ bankClosing: '112200.00', ledgerClosing: '112200.00', balanced: true });
  });

  it('a bad --ledger-opening is one line on stderr, exit 2', async () => {
    const r = await runRecon(['reconcile', '--bank', bank, '--ledger', journal, '--ledger-opening', 'lots'], { lang: 'en' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('recon: bad option --ledger-opening: an amount such as 100000.00 or -500.00\n');
  });
});

describe('reconcile: openings handed in', () => {
  const bankSt = statement({ opening: '100000.00', closing: '112200.00', lines: [{ id: 'B1', date: '2026-11-03', amount: '12500.00' }, { id: 'B2', date: '2026-11-05', amount: '-300.00' }] }, 'bank.csv');
  const ledgerStated = statement({ opening: '90000.00', lines: [{ id: 'J1', date: '2026-11-03', amount: '12500.00' }, { id: 'J2', date: '2026-11-05', amount: '-300.00' }] }, 'journal.csv');
  const carried = { amount: new Decimal('100000.00'), source: 'carried' as const, asOf: '2026-10-31', setBy: null, period: '2026-10' };

  it("a file's stated opening wins over the carried closing; the gap is named in JSON and text", () => {
    const r = reconcile([bankSt], [ledgerStated], { dateWindowDays: 3, amountTolerance: null, dateBasis: 'booking' }, { ledger: carried });
    expect(r.openings.ledger).toMatchObject({ source: 'stated' });
    expect(r.balance.ledgerClosing.toFixed(2)).toBe('102200.00');
    const json = toJsonReport(r);
    expect(json.openingGaps).toEqual([{ side: 'ledger', stated: '90000.00', given: '100000.00', givenSource: 'carried', period: '2026-10', asOf: '2026-10-31' }]);
    // The streamed report and the plain one agree, key for key.
    expect(JSON.parse(stringifyJsonReport(json))).toEqual(JSON.parse(JSON.stringify(json)));
    expect(renderTextReport(r, 'zh-CN')).toContain('注意：企业方文件所载期初余额 90,000.00 与上期 2026-10 结转的期末余额 100,000.00 不符，相差 -10,000.00；本次采用文件所载数。');
    expect(renderTextReport(r, 'en')).toContain('Note: the Books file states an opening balance of 90,000.00, not the closing carried from 2026-10, 100,000.00; off by -10,000.00.');
  });

  it('a carried opening makes the computed closing when the journal states none', () => {
    const noOpening = statement({ lines: [{ id: 'J1', date: '2026-11-03', amount: '12500.00' }, { id: 'J2', date: '2026-11-05', amount: '-300.00' }] }, 'journal.csv');
    const r = reconcile([bankSt], [noOpening], { dateWindowDays: 3, amountTolerance: null, dateBasis: 'booking' }, { ledger: carried });
    expect(r.balance.balanced).toBe(true);
    expect(renderTextReport(r, 'zh-CN')).toContain('期初余额 100,000.00（上期 2026-10 期末结转）');
  });
});
