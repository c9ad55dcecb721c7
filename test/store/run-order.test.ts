/**
 * The order in which a month's days and the month itself are run does not change what a person is
 * told: with a month whose every difference is real (a fee, interest, an amount keyed wrong, a
 * posting made twice, a cheque in transit across two days, items in transit at the month's end),
 * every run agrees (相符), whichever runs came before it, and what is left open at the end is the
 * same list of differences with the same kinds. Seeded orders, on both engines.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listDifferences } from '../../engine/service/differences.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { approve, propose } from '../../engine/service/resolve.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, importOctober, seed, type LineSpec } from './support/fixtures.ts';

const BANK: LineSpec[] = [
  { id: 'B1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' },
  { id: 'B2', date: '2026-10-08', amount: '-12850.00', reference: 'PO-7781' },
  { id: 'B3', date: '2026-10-15', amount: '-45200.00', reference: 'PO-7790' },
  { id: 'B4', date: '2026-10-18', amount: '-15.00', description: '跨行汇款手续费' },
  { id: 'B5', date: '2026-10-22', amount: '-8000.00', reference: 'CHK-31' },
  { id: 'B6', date: '2026-10-27', amount: '312.58', description: '结息' },
];
const LEDGER: LineSpec[] = [
  { id: 'V1', date: '2026-10-03', amount: '20000.00', reference: 'INV-1' },
  // Keyed as 12,580.00: an amount mismatch of 270.00.
  { id: 'V2', date: '2026-10-08', amount: '-12580.00', reference: 'PO-7781' },
  // Posted twice.
  { id: 'V3', date: '2026-10-15', amount: '-45200.00', reference: 'PO-7790' },
  { id: 'V4', date: '2026-10-15', amount: '-45200.00', reference: 'PO-7790' },
  // Written on the 20th, paid by the bank on the 22nd.
  { id: 'V5', date: '2026-10-20', amount: '-8000.00', reference: 'CHK-31' },
  // Not at the bank by the month's end.
  { id: 'V6', date: '2026-10-29', amount: '-38600.00', reference: 'CHK-32' },
  { id: 'V7', date: '2026-10-30', amount: '25000.00', reference: 'DEP-0131' },
];
const PERIODS = ['2026-10-03', '2026-10-08', '2026-10-15', '2026-10-18', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-27', '2026-10-30', '2026-10'];

/** What is left open at the end, as a person reads the list: kind, side and amount. */
const LEFT_OPEN = [
  'amount_mismatch both -270.00',
  'bank_only_credit bank 312.58',
  'bank_only_debit bank -15.00',
  'duplicate ledger -45200.00',
  'ledger_only_credit ledger 25000.00',
  'ledger_only_debit ledger -38600.00',
];

/** A seeded shuffle (a linear congruential generator): the same order every run of the test. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describeEngines('runs of a month in any order on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
    await importOctober(t.db, BANK, LEDGER);
  }, 180_000);
  afterEach(async () => t.drop());

  const orders = [
    { name: 'day by day, then the month', periods: PERIODS },
    { name: 'the month first, then the days backwards', periods: ['2026-10', ...PERIODS.slice(0, -1).reverse()] },
    ...[7, 42, 2026].map((seed) => ({ name: `seeded order ${seed}`, periods: shuffled(PERIODS, seed) })),
  ];

  for (const order of orders) {
    it(`${order.name}: every run agrees, and the same differences are left open`, async () => {
      const verdicts: string[] = [];
      // Each period twice: first in this order, then again in the same order (every run now sees all the others).
      for (const period of [...order.periods, ...order.periods]) {
        const run = await runReconciliation(t.db, { account: ACCOUNT, period, actor: 'u-staff', at: AT });
        const b = run.report.balance;
        verdicts.push(`${period} ${b.adjustedBank} ${b.adjustedLedger} ${b.balanced ? '相符' : '不相符'}`);
      }
      expect(verdicts.filter((v) => v.endsWith('不相符'))).toEqual([]);
      const open = (await listDifferences(t.db, { account: ACCOUNT })).map((d) => `${d.kind} ${d.side} ${d.amount.toFixed(2)}`).sort();
      expect(open).toEqual(LEFT_OPEN);
    });
  }

  for (const order of orders.slice(0, 3)) {
    it(`${order.name}, with the mismatch and the duplicate taken up between the passes: each period's balance statement is the same`, async () => {
      const run = async (period: string): Promise<string> => {
        const b = (await runReconciliation(t.db, { account: ACCOUNT, period, actor: 'u-staff', at: AT })).report.balance;
        return `${period} ${b.bankClosing} ${b.ledgerClosing} ${b.adjustedBank} ${b.adjustedLedger} ${b.balanced ? '相符' : '不相符'}`;
      };
      const first: string[] = [];
      for (const period of order.periods) first.push(await run(period));
      expect(first.filter((v) => v.endsWith('不相符'))).toEqual([]);
      const found = await listDifferences(t.db, { account: ACCOUNT });
      const mismatch = found.find((d) => d.kind === 'amount_mismatch')!;
      const duplicate = found.find((d) => d.kind === 'duplicate')!;
      // The mismatch is proposed (pending); the duplicate's reversal is approved, which closes it.
      await propose(t.db, { differenceId: mismatch.id, actor: 'u-staff', at: AT, resolution: { kind: 'ledger_adjustment', reason: '凭证金额录错，应为 12,850.00', entryReference: '记-1031' } });
      await propose(t.db, { differenceId: duplicate.id, actor: 'u-staff', at: AT, resolution: { kind: 'ledger_adjustment', reason: '重复记账，冲销一笔', entryReference: '记-1032' } });
      await approve(t.db, { differenceId: duplicate.id, actor: 'u-appr', at: AT });
      const second: string[] = [];
      for (const period of order.periods) second.push(await run(period));
      // Nothing in the files changed: each period's figures are what they were, the duplicate still taken off the book, not added to the bank.
      expect(second).toEqual(first);
      const all = ['open', 'in_review', 'proposed', 'approved', 'rejected', 'closed'] as const;
      const standing = (await listDifferences(t.db, { account: ACCOUNT, state: [...all] })).map((d) => `${d.kind} ${d.side} ${d.amount.toFixed(2)} ${d.state}`).sort();
      expect(standing).toEqual(LEFT_OPEN.map((d) => `${d} ${d.startsWith('amount_mismatch') ? 'proposed' : d.startsWith('duplicate') ? 'closed' : 'open'}`));
    });
  }
});
