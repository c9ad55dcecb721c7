/**
 * The book's opening in the store (issue 20): an account's opening set by a person (audited),
 * carried forward from one period's book closing to the next, three consecutive months 相符 with
 * journals that have no balance column, and a deliberate gap between periods reported. Day runs
 * inside a month's statements measure both sides from the statements' balances, whatever lines
 * other runs matched, and a book closing nobody can know is not carried.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import { getAccount, updateAccountSettings } from '../../engine/service/accounts.ts';
import { importStatements } from '../../engine/service/import.ts';
import { listDifferences } from '../../engine/service/differences.ts';
import { propose } from '../../engine/service/resolve.ts';
import { buildRecord } from '../../engine/service/record.ts';
import { recordCsv } from '../../engine/service/export.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { getStatus } from '../../engine/service/status.ts';
import { statusPort } from '../../bot/ports/status.ts';
import { buildSummaryReply } from '../../dialogs/status/summaryCard.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, importOctober, seed, statement, type LineSpec } from './support/fixtures.ts';

type Month = { label: string; first: string; last: string; bank: LineSpec[]; ledger: LineSpec[] };

// September to November: the bank states its balances; the journal is a general-ledger export
// without any. A cheque written on 10-30 clears the bank on 11-02 (in transit at October's end).
const MONTHS: Month[] = [
  {
    label: '2026-09', first: '2026-09-01', last: '2026-09-30',
    bank: [{ id: 'B901', date: '2026-09-05', amount: '20000.00', reference: 'INV-9' }, { id: 'B902', date: '2026-09-20', amount: '-5000.00', reference: 'PAY-9' }],
    ledger: [{ id: 'V901', date: '2026-09-05', amount: '20000.00', reference: 'INV-9' }, { id: 'V902', date: '2026-09-20', amount: '-5000.00', reference: 'PAY-9' }],
  },
  {
    label: '2026-10', first: '2026-10-01', last: '2026-10-31',
    bank: [{ id: 'B1001', date: '2026-10-08', amount: '30000.00', reference: 'INV-10' }],
    ledger: [{ id: 'V1001', date: '2026-10-08', amount: '30000.00', reference: 'INV-10' }, { id: 'V1002', date: '2026-10-30', amount: '-8000.00', reference: 'CHK-31' }],
  },
  {
    label: '2026-11', first: '2026-11-01', last: '2026-11-30',
    bank: [{ id: 'B1101', date: '2026-11-02', amount: '-8000.00', reference: 'CHK-31' }, { id: 'B1102', date: '2026-11-15', amount: '-1200.00', reference: 'PAY-11' }],
    ledger: [{ id: 'V1101', date: '2026-11-15', amount: '-1200.00', reference: 'PAY-11' }],
  },
];

const sum = (lines: LineSpec[]): Decimal => lines.reduce((s, l) => s.plus(l.amount), new Decimal(0));

/** Imports each month's bank statement (with its opening and closing) and journal (without). */
async function importMonths(db: TestDb['db'], months: Month[], ledgerOpening: (m: Month) => string | null = () => null): Promise<void> {
  let balance = new Decimal('100000.00');
  for (const [i, m] of months.entries()) {
    const closing = balance.plus(sum(m.bank));
    const bank = statement(ACCOUNT, m.bank, { opening: balance, closing, openingDate: m.first, closingDate: m.last });
    balance = closing;
    const opening = ledgerOpening(m);
    const ledger = statement(ACCOUNT, m.ledger, { opening: opening === null ? null : new Decimal(opening), openingDate: m.first, closingDate: m.last });
    await importStatements(db, { account: ACCOUNT, side: 'bank', fileName: `bank-${m.label}.csv`, sha256: `${i + 1}`.repeat(64), statements: [bank], actor: 'u-staff', at: AT });
    await importStatements(db, { account: ACCOUNT, side: 'ledger', fileName: `ledger-${m.label}.csv`, sha256: `${i + 5}`.repeat(64), statements: [ledger], actor: 'u-staff', at: AT });
  }
}

describeEngines('the book opening on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
    // PGlite's start and migrations take long on a busy machine.
  }, 180_000);
  afterEach(async () => t.drop());

  it('an opening set by a person is kept with its as-of date and who set it, and audited', async () => {
    const a = await updateAccountSettings(t.db, ACCOUNT, { bookOpening: '100000.00', bookOpeningAsOf: '2026-09-01' }, 'u-admin', AT);
    expect(a.bookOpening).toMatchObject({ asOf: '2026-09-01', setBy: 'u-admin' });
    expect(a.bookOpening?.amount.toFixed(2)).toBe('100000.00');
    // Another setting changed later by someone else leaves who set the opening as it was.
    await updateAccountSettings(t.db, ACCOUNT, { staff: '张三' }, 'u-other', AT);
    expect((await getAccount(t.db, ACCOUNT)).bookOpening?.setBy).toBe('u-admin');
    const audit = await t.db.query(`SELECT actor, after FROM audit_log WHERE action = 'account.update' ORDER BY seq`);
    expect(audit.rows[0]).toMatchObject({ actor: 'u-admin', after: { book_opening: '100000.00', book_opening_as_of: '2026-09-01', book_opening_set_by: 'u-admin' } });
    await expect(updateAccountSettings(t.db, ACCOUNT, { bookOpening: '5.00' }, 'u-admin', AT)).resolves.toBeDefined();
    await expect(updateAccountSettings(t.db, ACCOUNT, { bookOpening: '5.00', bookOpeningAsOf: null }, 'u-admin', AT)).rejects.toThrow(/as-of/);
  });

  it('three consecutive months carry the book closing forward and are 相符 each month', async () => {
    await importMonths(t.db, MONTHS);
    await updateAccountSettings(t.db, ACCOUNT, { bookOpening: '100000.00', bookOpeningAsOf: '2026-09-01' }, 'u-admin', AT);
    const sep = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-09', actor: 'u-staff', at: AT });
    expect(sep.report.openings.ledger).toEqual({ amount: '100000.00', source: 'set', asOf: '2026-09-01', setBy: 'u-admin', period: null });
    expect(sep.report.closingSources.ledger).toBe('computed');
    expect(sep.report.balance).toMatchObject({ bankClosing: '115000.00', ledgerClosing: '115000.00', balanced: true });
    const oct = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(oct.report.openings.ledger).toMatchObject({ amount: '115000.00', source: 'carried', period: '2026-09', asOf: '2026-09-30' });
    expect(oct.report.balance).toMatchObject({ bankClosing: '145000.00', ledgerClosing: '137000.00', adjustedBank: '137000.00', balanced: true });
    const nov = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-11', actor: 'u-staff', at: AT });
    expect(nov.report.openings.ledger).toMatchObject({ amount: '137000.00', source: 'carried', period: '2026-10' });
    expect(nov.report.balance).toMatchObject({ bankClosing: '135800.00', ledgerClosing: '135800.00', balanced: true });
    expect(nov.report.openingGaps).toEqual([]);
    // Re-running October after November carries September again, not November.
    const again = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(again.report.openings.ledger).toMatchObject({ amount: '115000.00', source: 'carried', period: '2026-09' });
  });

  it('without any opening the first month is 不相符 by exactly the opening (what the issue saw)', async () => {
    await importMonths(t.db, MONTHS.slice(0, 1));
    const sep = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-09', actor: 'u-staff', at: AT });
    expect(sep.report.openingSources.ledger).toBe('none');
    expect(sep.report.balance).toMatchObject({ bankClosing: '115000.00', ledgerClosing: '15000.00', balanced: false });
  });

  it("a journal whose stated opening is not the carried closing: the file's figure is used and the gap is reported, in the run and the daily status", async () => {
    // November's journal states 136000.00; October closed the books at 137000.00.
    await importMonths(t.db, MONTHS, (m) => (m.label === '2026-11' ? '136000.00' : null));
    await updateAccountSettings(t.db, ACCOUNT, { bookOpening: '100000.00', bookOpeningAsOf: '2026-09-01' }, 'u-admin', AT);
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-09', actor: 'u-staff', at: AT });
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const nov = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-11', actor: 'u-staff', at: AT });
    expect(nov.report.openings.ledger).toMatchObject({ amount: '136000.00', source: 'stated', asOf: '2026-11-01' });
    expect(nov.report.openingGaps).toEqual([{ side: 'ledger', stated: '136000.00', given: '137000.00', givenSource: 'carried', period: '2026-10', asOf: '2026-10-31' }]);
    expect(nov.report.balance).toMatchObject({ ledgerClosing: '134800.00', balanced: false });
    const status = await getStatus(t.db, { account: ACCOUNT, asOf: new Date('2026-12-01T09:00:00Z') });
    expect(status.accounts[0]?.lastRun?.openingGaps).toEqual([{ side: 'ledger', stated: '136000.00', given: '137000.00', period: '2026-10' }]);
    // The daily summary says so, in both languages.
    const view = await statusPort(t.db, () => new Date('2026-12-01T09:00:00Z'), 'Asia/Shanghai').status({});
    expect(buildSummaryReply(view, 'zh-CN', 'staff', '2026-12-01').text).toContain('期初余额缺口：企业日记账文件所载期初 136,000.00 与上期 2026-10 结转的期末 137,000.00 不符，相差 -1,000.00');
    expect(buildSummaryReply(view, 'en', 'staff', '2026-12-01').text).toContain('Opening balance gap: the journal states an opening of 136,000.00, not the 137,000.00 carried from 2026-10; off by -1,000.00');
  });

  it('a day run inside the month, after the month was run: both sides from the statements\' openings, 相符, and the next day carries a true closing', async () => {
    // October alone: the bank opens at 100000.00 and so does the journal (stated); the month run
    // matches INV-10 on 10-08.
    await importMonths(t.db, MONTHS.slice(1, 2), () => '100000.00');
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    // 10-20 examines no line (INV-10 is the month run's match), yet each side has moved by 30000.00.
    const day = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-20', actor: 'u-staff', at: AT });
    expect(day.report.summary).toMatchObject({ bankCount: 0, ledgerCount: 0 });
    expect(day.report.balance).toMatchObject({ bankClosing: '130000.00', ledgerClosing: '130000.00', balanced: true });
    expect(day.report.closingSources).toEqual({ bank: 'computed', ledger: 'computed' });
    expect(day.report.openings.ledger).toMatchObject({ amount: '130000.00', source: 'stated', asOf: '2026-10-01' });
    // The next day run starts from 10-20's closing; the cheque written on 10-30 is the book's alone.
    const end = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-30', actor: 'u-staff', at: AT });
    expect(end.report.openings.ledger).toMatchObject({ amount: '130000.00', source: 'carried', period: '2026-10-20' });
    expect(end.report.balance).toMatchObject({ bankClosing: '130000.00', ledgerClosing: '122000.00', adjustedBank: '122000.00', balanced: true });
  });

  it('September imported after October: the same figures as in order, nothing counted twice', async () => {
    // October's files first (each side opens at 115000.00, the bank closes at 145000.00), September's after them.
    const month = async (m: Month, opening: string, closing: string, sha: string): Promise<void> => {
      const span = { openingDate: m.first, closingDate: m.last };
      const bank = statement(ACCOUNT, m.bank, { opening: new Decimal(opening), closing: new Decimal(closing), ...span });
      const ledger = statement(ACCOUNT, m.ledger, { opening: new Decimal(opening), ...span });
      await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: `bank-${m.label}.csv`, sha256: sha.repeat(64), statements: [bank], actor: 'u-staff', at: AT });
      await importStatements(t.db, { account: ACCOUNT, side: 'ledger', fileName: `ledger-${m.label}.csv`, sha256: sha.repeat(63) + '0', statements: [ledger], actor: 'u-staff', at: AT });
    };
    await month(MONTHS[1]!, '115000.00', '145000.00', 'e');
    await month(MONTHS[0]!, '100000.00', '115000.00', 'f');
    const oct = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(oct.report.balance).toMatchObject({ bankClosing: '145000.00', ledgerClosing: '137000.00', adjustedBank: '137000.00', balanced: true });
    const day = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-08', actor: 'u-staff', at: AT });
    expect(day.report.balance).toMatchObject({ bankClosing: '145000.00', ledgerClosing: '145000.00', balanced: true });
  });

  it('a bank closing stated before the day is rolled forward by the lines after it, not taken as the day\'s', async () => {
    await importMonths(t.db, MONTHS.slice(0, 2), (m) => (m.label === '2026-09' ? '100000.00' : null));
    // September closes at 115000.00 (stated); by 10-08 both sides have 145000.00.
    const day = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-08', actor: 'u-staff', at: AT });
    expect(day.report.balance).toMatchObject({ bankClosing: '145000.00', ledgerClosing: '145000.00', balanced: true });
    // The book's opening: September's journal opening, rolled forward over September's lines.
    expect(day.report.openings.ledger).toMatchObject({ amount: '115000.00', source: 'stated', asOf: '2026-09-01' });
  });

  it('with no book balance known, a day run is 不相符 and its sum of lines is not carried as the next opening', async () => {
    await importMonths(t.db, MONTHS.slice(1, 2));
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const day = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-20', actor: 'u-staff', at: AT });
    expect(day.report.openingSources.ledger).toBe('none');
    expect(day.report.balance).toMatchObject({ bankClosing: '130000.00', ledgerClosing: '0.00', balanced: false });
    const stored = await t.db.query(`SELECT ledger_closing FROM runs WHERE id = $1`, [day.runId]);
    expect(stored.rows[0]).toEqual({ ledger_closing: null });
    const next = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-30', actor: 'u-staff', at: AT });
    expect(next.report.openingSources.ledger).toBe('none');
    expect(next.report.balance.balanced).toBe(false);
  });

  it('re-running a day after the next: a cheque booked before it and cleared after it is in transit, not lost', async () => {
    // The book writes a cheque on 10-20; the bank pays it on 10-22. Both sides open at 100000.00.
    await importOctober(t.db, [{ id: 'B1', date: '2026-10-22', amount: '-8000.00', reference: 'CHK-31' }], [{ id: 'V1', date: '2026-10-20', amount: '-8000.00', reference: 'CHK-31' }]);
    const run = (day: string) => runReconciliation(t.db, { account: ACCOUNT, period: day, actor: 'u-staff', at: AT });
    expect((await run('2026-10-21')).report.balance).toMatchObject({ bankClosing: '100000.00', ledgerClosing: '92000.00', adjustedBank: '92000.00', balanced: true });
    expect((await run('2026-10-22')).report.summary).toMatchObject({ matchedBank: 1, matchedLedger: 1 });
    // 10-22's match holds the cheque now; seen from 10-21 it is still the book's alone.
    const again = await run('2026-10-21');
    expect(again.report.summary).toMatchObject({ ledgerCount: 0, differences: 0 });
    expect(again.report.balance).toMatchObject({ bankClosing: '100000.00', ledgerClosing: '92000.00', adjustedBank: '92000.00', balanced: true });
    // The day's record names the line its balance statement counted, though no difference holds it.
    const record = await buildRecord(t.db, ACCOUNT, '2026-10-21');
    expect(record.differences).toEqual([]);
    expect(record.inTransit).toEqual([{ line: 'V1', side: 'ledger', date: '2026-10-20', amount: '-8000.00', kind: 'ledger_only_debit' }]);
    expect(recordCsv(record, 'en')).toContain('\r\nLines counted in transit\r\nLine,Side,Date,Amount,Kind\r\nV1,ledger side,2026-10-20,-8000.00,"Paid in books, not yet at bank"\r\n');
  });

  it('a pending manual match: the line it claims besides its difference\'s own is still counted when the period is run again', async () => {
    // A receipt the book booked on 10-05 reaches the bank on 10-20 under another reference: no rule pairs them.
    await importOctober(t.db, [{ id: 'B1', date: '2026-10-20', amount: '500.00', reference: 'INV-A' }], [{ id: 'V1', date: '2026-10-05', amount: '500.00', reference: 'RCPT-9' }]);
    const first = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(first.report.balance).toMatchObject({ adjustedBank: '101000.00', adjustedLedger: '101000.00', balanced: true });
    const open = await listDifferences(t.db, { account: ACCOUNT });
    const receipt = open.find((d) => d.side === 'bank')!;
    const booked = open.find((d) => d.side === 'ledger')!;
    await propose(t.db, { differenceId: receipt.id, actor: 'u-staff', at: AT, resolution: { kind: 'manual_match', reason: '同一笔货款', matchLineIds: [...booked.ledgerLineIds] } });
    const again = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(again.report.balance).toMatchObject({ adjustedBank: '101000.00', adjustedLedger: '101000.00', balanced: true });
  });

  it("days run first, then the month: a day's amount mismatch still counts in the month's balance statement", async () => {
    // PO-7781 left the bank at 12,850.00; the book wrote 12,580.00. Both sides open at 100000.00.
    await importOctober(t.db, [{ id: 'B1', date: '2026-10-08', amount: '-12850.00', reference: 'PO-7781' }], [{ id: 'V1', date: '2026-10-08', amount: '-12580.00', reference: 'PO-7781' }]);
    const day = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-08', actor: 'u-staff', at: AT });
    expect(day.report.differences).toMatchObject([{ kind: 'amount_mismatch', amount: '-270.00' }]);
    expect(day.report.balance).toMatchObject({ bankClosing: '87150.00', ledgerClosing: '87420.00', balanced: true });
    // The month leaves the pair out (the day run's match), but the 270.00 still stands between the sides.
    const month = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(month.report.summary).toMatchObject({ bankCount: 0, ledgerCount: 0 });
    expect(month.report.balance).toMatchObject({ bankClosing: '87150.00', ledgerClosing: '87420.00', adjustedBank: '87150.00', adjustedLedger: '87150.00', balanced: true });
    expect((await listDifferences(t.db, { account: ACCOUNT })).map((d) => d.kind)).toEqual(['amount_mismatch']);
    // The month's record lists it beside the balance statement that counts it, naming the day's run.
    const record = await buildRecord(t.db, ACCOUNT, '2026-10');
    expect(record.differences).toMatchObject([{ run: day.runId, kind: 'amount_mismatch', amount: '-270.00', state: 'open', lines: ['B1', 'V1'] }]);
  });

  it('days run first, then the month: a duplicate a day found stays a duplicate, not a payment in transit', async () => {
    // The book posted PO-7790 twice on 10-15; the bank paid it once.
    const po = { date: '2026-10-15', amount: '-45200.00', reference: 'PO-7790' };
    await importOctober(t.db, [{ id: 'B1', ...po }], [{ id: 'V1', ...po }, { id: 'V2', ...po }]);
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-15', actor: 'u-staff', at: AT });
    const open = async () => (await listDifferences(t.db, { account: ACCOUNT })).map((d) => ({ id: d.id, kind: d.kind, state: d.state, amount: d.amount.toFixed(2) }));
    const [found] = await open();
    expect(found).toMatchObject({ kind: 'duplicate', amount: '-45200.00' });
    // The month does not see the line the day matched; it must not take the second posting for a cheque not yet presented.
    const month = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(month.changes).toMatchObject({ new: [], replaced: [] });
    expect(await open()).toEqual([{ id: found!.id, kind: 'duplicate', amount: '-45200.00', state: 'open' }]);
    expect(month.report.balance).toMatchObject({ bankClosing: '54800.00', ledgerClosing: '9600.00', adjustedLedger: '54800.00', balanced: true });
  });
});
