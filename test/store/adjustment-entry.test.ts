/**
 * A book adjustment reaches the journal (engine/service/corrections.ts). October's book keyed
 * PO-7781 as 12,580.00 (the bank paid 12,850.00) and posted PO-7790 twice; both adjustments are
 * approved, which closes the differences, and the entries they name (记-1031, 记-1032) are posted on
 * 10-31 and imported. The run that sees them takes each as its adjustment's entry: neither the
 * difference nor the entry is counted from then on, and no new difference appears. Before the
 * entries' date, the closed differences still count. An entry with another amount is not taken.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importStatements } from '../../engine/service/import.ts';
import { listDifferences } from '../../engine/service/differences.ts';
import { approve, propose } from '../../engine/service/resolve.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { describeChanges } from '../../engine/service/runChanges.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, importOctober, seed, statement, type LineSpec } from './support/fixtures.ts';
import { Decimal } from '../../engine/money.ts';

const BANK: LineSpec[] = [
  { id: 'B1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' },
  { id: 'B2', date: '2026-10-08', amount: '-12850.00', reference: 'PO-7781' },
  { id: 'B3', date: '2026-10-15', amount: '-45200.00', reference: 'PO-7790' },
];
const LEDGER: LineSpec[] = [
  { id: 'V1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' },
  { id: 'V2', date: '2026-10-08', amount: '-12580.00', reference: 'PO-7781' },
  { id: 'V3', date: '2026-10-15', amount: '-45200.00', reference: 'PO-7790' },
  { id: 'V4', date: '2026-10-15', amount: '-45200.00', reference: 'PO-7790' },
];
const ALL = ['open', 'in_review', 'proposed', 'approved', 'rejected', 'closed'] as const;

describeEngines('a book adjustment reaches the journal on %s', (engine) => {
  let t: TestDb;
  const run = (period: string) => runReconciliation(t.db, { account: ACCOUNT, period, actor: 'u-staff', at: AT });
  const differences = async () => (await listDifferences(t.db, { account: ACCOUNT, state: [...ALL] }))
    .map((d) => `${d.kind} ${d.amount.toFixed(2)} ${d.state}`).sort();
  const postEntries = (entries: LineSpec[], sha = 'c') => importStatements(t.db, {
    account: ACCOUNT, side: 'ledger', fileName: `ledger-adjustments-${sha}.csv`, sha256: sha.repeat(64), statements: [statement(ACCOUNT, entries)], actor: 'u-staff', at: AT,
  });
  const postEntries2 = (entries: LineSpec[]) => postEntries(entries, 'e');

  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
    await importOctober(t.db, BANK, LEDGER);
    const first = await run('2026-10');
    expect(first.report.balance).toMatchObject({ bankClosing: '61950.00', ledgerClosing: '17020.00', adjustedLedger: '61950.00', balanced: true });
    const found = await listDifferences(t.db, { account: ACCOUNT });
    const adjust = async (kind: string, entry: string) => {
      const d = found.find((x) => x.kind === kind)!;
      await propose(t.db, { differenceId: d.id, actor: 'u-staff', at: AT, resolution: { kind: 'ledger_adjustment', reason: '调账', entryReference: entry } });
      await approve(t.db, { differenceId: d.id, actor: 'u-appr', at: AT });
      return d.id;
    };
    ids.mismatch = await adjust('amount_mismatch', '记-1031');
    ids.duplicate = await adjust('duplicate', '记-1032');
  }, 180_000);
  afterEach(async () => t.drop());
  const ids = { mismatch: '', duplicate: '' };

  it('closed, not yet posted: both still count, and the month agrees as before', async () => {
    const again = await run('2026-10');
    expect(again.report.balance).toMatchObject({ bankClosing: '61950.00', ledgerClosing: '17020.00', adjustedBank: '61950.00', adjustedLedger: '61950.00', balanced: true });
    expect(again.changes.corrected).toBeUndefined();
  });

  it("a red-ink correction (红字更正) in one voucher: the entry's two lines together post the adjustment", async () => {
    // 记-1031 reverses the line keyed as 12,580.00 and books 12,850.00: +12,580.00 and −12,850.00, −270.00 in all.
    await postEntries([
      { id: 'J-90', date: '2026-10-31', amount: '12580.00', reference: '记-1031', description: '红字冲销 PO-7781' },
      { id: 'J-91', date: '2026-10-31', amount: '-12850.00', reference: '记-1031', description: '更正 PO-7781' },
      { id: 'J-88', date: '2026-10-31', amount: '45200.00', reference: '记-1032' },
    ]);
    const posted = await run('2026-10');
    expect(posted.report.summary).toMatchObject({ differences: 0 });
    expect(posted.report.balance).toMatchObject({ bankClosing: '61950.00', ledgerClosing: '61950.00', adjustedLedger: '61950.00', balanced: true });
    expect(posted.changes.corrected?.find((c) => c.id === ids.mismatch)).toEqual({ id: ids.mismatch, entry: '记-1031', line: 'J-90+J-91', date: '2026-10-31' });
    expect(await differences()).toEqual(['amount_mismatch -270.00 closed', 'duplicate -45200.00 closed']);
  });

  it("an entry's lines that do not add up to the adjustment are not taken", async () => {
    await postEntries([
      { id: 'J-90', date: '2026-10-31', amount: '12580.00', reference: '记-1031' },
      { id: 'J-91', date: '2026-10-31', amount: '-12800.00', reference: '记-1031' },
    ]);
    const posted = await run('2026-10');
    expect(posted.changes.corrected).toBeUndefined();
    expect(posted.report.balance.balanced).toBe(true);
    expect(await differences()).toContain('ledger_only_credit 12580.00 open');
  });

  it('posted: the run takes each entry as its adjustment, counts neither, and finds nothing new', async () => {
    // Written the way a journal export might: full-width dash in one reference.
    await postEntries([{ id: '记-1031', date: '2026-10-31', amount: '-270.00' }, { id: 'J-88', date: '2026-10-31', amount: '45200.00', reference: '记－1032' }]);
    const posted = await run('2026-10');
    expect(posted.report.summary).toMatchObject({ differences: 0 });
    expect(posted.report.balance).toMatchObject({ bankClosing: '61950.00', ledgerClosing: '61950.00', adjustedBank: '61950.00', adjustedLedger: '61950.00', balanced: true });
    expect(posted.changes.corrected).toEqual([
      { id: ids.mismatch, entry: '记-1031', line: '记-1031', date: '2026-10-31' },
      { id: ids.duplicate, entry: '记-1032', line: 'J-88', date: '2026-10-31' },
    ].sort((a, b) => Number(a.id) - Number(b.id)));
    expect(describeChanges(posted.changes, 'zh-CN')).toContain(`差异 #${ids.duplicate} 经批准的调账分录 记-1032（日记账行 J-88，2026-10-31）已入账：两笔在企业账内相互抵销，不再计入调节。`);
    expect(await differences()).toEqual(['amount_mismatch -270.00 closed', 'duplicate -45200.00 closed']);
    // Taken once: the next run finds nothing to take and the same figures; a day before the entries still counts both.
    const next = await run('2026-10');
    expect(next.changes.corrected).toBeUndefined();
    expect(next.report.balance).toEqual(posted.report.balance);
    const before = await run('2026-10-20');
    expect(before.report.balance).toMatchObject({ bankClosing: '61950.00', ledgerClosing: '17020.00', adjustedLedger: '61950.00', balanced: true });
  });

  it("a journal that states its closing, and the entry in a later file of lines only, under the journal reader's date/voucher id", async () => {
    // The month's journal stated 17,020.00 at 10-31 (importOctober states only openings): a later export states it too.
    const stated = statement(ACCOUNT, [], { closing: new Decimal('17020.00'), openingDate: '2026-10-01', closingDate: '2026-10-31' });
    await importStatements(t.db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger-closing.csv', sha256: 'd'.repeat(64), statements: [stated], actor: 'u-staff', at: AT });
    expect((await run('2026-10')).report.balance).toMatchObject({ ledgerClosing: '17020.00', adjustedLedger: '61950.00', balanced: true });
    // Posted on 10-31 after that export: the stated 17,020.00 cannot hold it, so the book's closing is rolled on by it.
    await postEntries([{ id: '2026-10-31/记-1032', date: '2026-10-31', amount: '45200.00' }]);
    const posted = await run('2026-10');
    expect(posted.changes.corrected).toMatchObject([{ id: ids.duplicate, entry: '记-1032', line: '2026-10-31/记-1032' }]);
    expect(posted.report.balance).toMatchObject({ ledgerClosing: '62220.00', adjustedBank: '61950.00', adjustedLedger: '61950.00', balanced: true });
  });

  it('an entry imported before its adjustment is approved is a difference until then, and settled by the run after the approval', async () => {
    // The book posted a fee the bank never charged; the reversal 记-1100 is proposed, and posted before anyone approves it.
    await postEntries([{ id: '记-1099', date: '2026-10-31', amount: '-15.00', reference: 'FEE-10' }]);
    await run('2026-10');
    const fee = (await listDifferences(t.db, { account: ACCOUNT })).find((d) => d.kind === 'ledger_only_debit')!;
    await propose(t.db, { differenceId: fee.id, actor: 'u-staff', at: AT, resolution: { kind: 'ledger_adjustment', reason: '误记手续费', entryReference: '记-1100' } });
    await postEntries2([{ id: '记-1100', date: '2026-10-31', amount: '15.00' }]);
    const early = await run('2026-10');
    expect(early.report.balance.balanced).toBe(true);
    const entry = (await listDifferences(t.db, { account: ACCOUNT })).find((d) => d.kind === 'ledger_only_credit')!;
    expect(entry.amount.toFixed(2)).toBe('15.00');
    await approve(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT });
    const after = await run('2026-10');
    expect(after.changes).toMatchObject({ settled: [entry.id], corrected: [{ id: fee.id, entry: '记-1100', line: '记-1100' }] });
    expect(after.report.balance).toMatchObject({ adjustedBank: '61950.00', adjustedLedger: '61950.00', balanced: true });
    expect(await differences()).toEqual(['amount_mismatch -270.00 closed', 'duplicate -45200.00 closed', 'ledger_only_debit -15.00 closed']);
  });

  it('an entry with another amount is not the adjustment: it is a difference of its own', async () => {
    await postEntries([{ id: '记-1032', date: '2026-10-31', amount: '45000.00' }]);
    const posted = await run('2026-10');
    expect(posted.changes.corrected).toBeUndefined();
    expect(await differences()).toEqual(['amount_mismatch -270.00 closed', 'duplicate -45200.00 closed', 'ledger_only_credit 45000.00 open']);
    expect(posted.report.balance.balanced).toBe(true);
  });
});
