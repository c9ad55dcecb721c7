/**
 * A manual match whose lines differ by a residual within the write-off limit: the bank cashed a
 * cheque for 8,000.00 that the book has as 7,995.00 (a typing slip the branch accepts). Once the
 * match is approved both lines leave every run, but the residual stays between the two closings.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listDifferences } from '../../engine/service/differences.ts';
import { importStatements } from '../../engine/service/import.ts';
import { buildRecord } from '../../engine/service/record.ts';
import { Decimal } from '../../engine/money.ts';
import { approve, propose } from '../../engine/service/resolve.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, importOctober, seed, statement, type LineSpec } from './support/fixtures.ts';

const BANK: LineSpec[] = [
  { id: 'B1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' },
  { id: 'B5', date: '2026-10-25', amount: '-8000.00', description: '支票兑付' },
];
const LEDGER: LineSpec[] = [
  { id: 'V1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' },
  { id: 'V3', date: '2026-10-10', amount: '-7995.00', reference: 'CHK-0031', description: '开出支票' },
];

describeEngines('a manual match with a residual on %s', (engine) => {
  let t: TestDb;
  const run = (period: string) => runReconciliation(t.db, { account: ACCOUNT, period, actor: 'u-staff', at: AT });

  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  }, 180_000);
  afterEach(async () => t.drop());

  const november = (lines: LineSpec[], opening = '112000.00') => importStatements(t.db, {
    account: ACCOUNT, side: 'bank', fileName: 'bank-11.csv', sha256: 'c'.repeat(64), actor: 'u-staff', at: AT,
    statements: [statement(ACCOUNT, lines, {
      opening: new Decimal(opening), closing: lines.reduce((s, l) => s.plus(l.amount), new Decimal(opening)),
      openingDate: '2026-11-01', closingDate: '2026-11-30',
    })],
  });
  async function matchTheCheque(): Promise<void> {
    const open = await listDifferences(t.db, { account: ACCOUNT });
    const cheque = open.find((d) => d.side === 'ledger')!;
    const cashed = open.find((d) => d.side === 'bank')!;
    await propose(t.db, { differenceId: cheque.id, actor: 'u-staff', at: AT, resolution: { kind: 'manual_match', reason: '支票 CHK-0031 已兑付，记账少记 5 元', matchLineIds: [...cashed.bankLineIds] } });
    await approve(t.db, { differenceId: cheque.id, actor: 'u-appr', at: AT });
  }

  it('keeps the period and the next in agreement after the match is approved, and the record shows the match', async () => {
    await importOctober(t.db, BANK, LEDGER);
    expect((await run('2026-10')).report.balance.balanced).toBe(true);
    await matchTheCheque();
    expect(await listDifferences(t.db, { account: ACCOUNT })).toEqual([]);
    const again = await run('2026-10');
    expect(again.report.balance).toMatchObject({ bankClosing: '112000.00', ledgerClosing: '112005.00', adjustedBank: '112000.00', adjustedLedger: '112000.00', balanced: true });
    expect(again.report.summary.differences).toBe(0);
    await november([{ id: 'B9', date: '2026-11-05', amount: '300.00', reference: 'INV-2' }]);
    await importStatements(t.db, {
      account: ACCOUNT, side: 'ledger', fileName: 'ledger-11.csv', sha256: 'd'.repeat(64), actor: 'u-staff', at: AT,
      statements: [statement(ACCOUNT, [{ id: 'V9', date: '2026-11-05', amount: '300.00', reference: 'INV-2' }], { openingDate: '2026-11-01', closingDate: '2026-11-30' })],
    });
    const nov = await run('2026-11');
    expect(nov.report.balance).toMatchObject({ bankClosing: '112300.00', ledgerClosing: '112305.00', balanced: true });
    const record = await buildRecord(t.db, ACCOUNT, '2026-11');
    expect(record.matches.filter((m) => m.rule === 'manual').map((m) => m.difference)).toEqual(['-5.00']);
  });

  it('a cheque cashed next month: in transit in its own month, the residual counted once both lines are in', async () => {
    await importOctober(t.db, BANK.filter((l) => l.id !== 'B5'), LEDGER);
    await november([{ id: 'B5', date: '2026-11-03', amount: '-8000.00', description: '支票兑付' }], '120000.00');
    expect((await run('2026-10')).report.balance.balanced).toBe(true);
    expect((await run('2026-11')).report.balance.balanced).toBe(true);
    await matchTheCheque();
    // October: the cheque is in transit (its match's other line is November's); no residual yet.
    const oct = await run('2026-10');
    expect(oct.report.balance).toMatchObject({ bankClosing: '120000.00', ledgerClosing: '112005.00', adjustedBank: '112005.00', balanced: true });
    // November: both lines are in; the 5.00 the book under-recorded is counted.
    const nov = await run('2026-11');
    expect(nov.report.balance).toMatchObject({ bankClosing: '112000.00', ledgerClosing: '112005.00', adjustedLedger: '112000.00', balanced: true });
    expect(nov.report.summary.differences).toBe(0);
  });
});
