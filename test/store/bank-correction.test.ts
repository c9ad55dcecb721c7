/**
 * A bank error is corrected by the bank (engine/service/corrections.ts, findBankCorrections). In
 * October the bank charged a 5.00 fee it should not have; the branch approves 银行差错, which closes
 * the difference, and the line stays on the bank's side (counted by every run) until the bank
 * books its reversal. November's statement carries it (冲正, +5.00): the run takes it as the
 * error's correction, counts neither and finds nothing new. A receipt of 5.00 that says nothing of
 * a correction is not taken for one.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importStatements } from '../../engine/service/import.ts';
import { listDifferences } from '../../engine/service/differences.ts';
import { approve, propose } from '../../engine/service/resolve.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { describeChanges } from '../../engine/service/runChanges.ts';
import { Decimal } from '../../engine/money.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, importOctober, seed, statement, type LineSpec } from './support/fixtures.ts';

const BANK: LineSpec[] = [
  { id: 'B1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' },
  { id: 'B2', date: '2026-10-20', amount: '-5.00', reference: 'FEE-1020', description: '账户管理费' },
];
const LEDGER: LineSpec[] = [{ id: 'V1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' }];
const ALL = ['open', 'in_review', 'proposed', 'approved', 'rejected', 'closed'] as const;

describeEngines('a bank error corrected by the bank on %s', (engine) => {
  let t: TestDb;
  let fee = '';
  const run = (period: string) => runReconciliation(t.db, { account: ACCOUNT, period, actor: 'u-staff', at: AT });
  const differences = async () => (await listDifferences(t.db, { account: ACCOUNT, state: [...ALL] }))
    .map((d) => `${d.kind} ${d.amount.toFixed(2)} ${d.state}`).sort();
  const november = (lines: LineSpec[], sha: string) => importStatements(t.db, {
    account: ACCOUNT, side: 'bank', fileName: `bank-11-${sha}.csv`, sha256: sha.repeat(64), actor: 'u-staff', at: AT,
    statements: [statement(ACCOUNT, lines, {
      opening: new Decimal('119995.00'), closing: lines.reduce((s, l) => s.plus(l.amount), new Decimal('119995.00')),
      openingDate: '2026-11-01', closingDate: '2026-11-30',
    })],
  });

  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
    await importOctober(t.db, BANK, LEDGER);
    await run('2026-10');
    const found = (await listDifferences(t.db, { account: ACCOUNT })).find((d) => d.kind === 'bank_only_debit')!;
    fee = found.id;
    await propose(t.db, { differenceId: fee, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行误收管理费，已请柜台冲正' } });
    await approve(t.db, { differenceId: fee, actor: 'u-appr', at: AT });
  }, 180_000);
  afterEach(async () => t.drop());

  it('closed, not yet reversed: the error still counts, and a month without the reversal agrees as before', async () => {
    const again = await run('2026-10');
    expect(again.report.balance).toMatchObject({ bankClosing: '119995.00', ledgerClosing: '120000.00', adjustedBank: '119995.00', adjustedLedger: '119995.00', balanced: true });
    expect(again.changes.bankCorrected).toBeUndefined();
    await november([{ id: 'B9', date: '2026-11-05', amount: '300.00', reference: 'INV-2' }], 'c');
    const nov = await run('2026-11');
    expect(nov.changes.bankCorrected).toBeUndefined();
    expect(nov.report.balance).toMatchObject({ bankClosing: '120295.00', ledgerClosing: '120000.00', balanced: true });
  });

  it("reversed in November (冲正): the run takes the reversal as the error's correction, counts neither and finds nothing new", async () => {
    await november([{ id: 'B9', date: '2026-11-03', amount: '5.00', description: '冲正 10月账户管理费' }], 'c');
    const nov = await run('2026-11');
    expect(nov.changes.bankCorrected).toEqual([{ id: fee, line: 'B9', date: '2026-11-03' }]);
    expect(nov.report.summary).toMatchObject({ differences: 0 });
    expect(nov.report.balance).toMatchObject({ bankClosing: '120000.00', ledgerClosing: '120000.00', adjustedBank: '120000.00', adjustedLedger: '120000.00', balanced: true });
    expect(describeChanges(nov.changes, 'zh-CN')).toContain(`差异 #${fee} 的银行差错已由银行更正（对账单行 B9，2026-11-03）：错账与更正行在银行账内相互抵销，不再计入调节。`);
    expect(await differences()).toEqual(['bank_only_debit -5.00 closed']);
    // Taken once: the next run of November takes nothing and shows the same figures; October still counts the error.
    const next = await run('2026-11');
    expect(next.changes.bankCorrected).toBeUndefined();
    expect(next.report.balance).toEqual(nov.report.balance);
    expect((await run('2026-10')).report.balance).toMatchObject({ bankClosing: '119995.00', adjustedLedger: '119995.00', balanced: true });
  });

  it("a reversal that carries the error's reference is taken too; a receipt of 5.00 that says nothing of a correction is not", async () => {
    await november([{ id: 'B8', date: '2026-11-02', amount: '5.00', reference: 'INV-77', counterparty: '某客户', description: '汇款退回' }], 'c');
    const plain = await run('2026-11');
    expect(plain.changes.bankCorrected).toBeUndefined();
    expect(await differences()).toEqual(['bank_only_credit 5.00 open', 'bank_only_debit -5.00 closed']);
    await november([{ id: 'B9', date: '2026-11-04', amount: '5.00', reference: 'FEE-1020' }], 'd');
    expect((await run('2026-11')).changes.bankCorrected).toEqual([{ id: fee, line: 'B9', date: '2026-11-04' }]);
  });
});
