/** A small October pair (bank statement and journal) with a fee and an uncashed cheque. */
import type { Db } from '../../../engine/store/db.ts';
import { importStatements } from '../../../engine/service/import.ts';
import { runReconciliation } from '../../../engine/service/run.ts';
import { listDifferences, type DifferenceView } from '../../../engine/service/differences.ts';
import { ACCOUNT, AT, statement, type LineSpec } from './fixtures.ts';

export const BANK: LineSpec[] = [
  { id: 'B1', date: '2026-10-08', amount: '50000.00', reference: 'INV-1001', counterparty: '华东贸易' },
  { id: 'B2', date: '2026-10-15', amount: '-5.00', description: '手续费' },
  { id: 'B3', date: '2026-10-20', amount: '-12000.00', reference: 'PAY-77', counterparty: '上海物流' },
  { id: 'B5', date: '2026-10-25', amount: '-8000.00', description: '支票兑付' },
];
export const LEDGER: LineSpec[] = [
  { id: 'V001', date: '2026-10-08', amount: '50000.00', reference: 'INV-1001', counterparty: '华东贸易' },
  { id: 'V002', date: '2026-10-20', amount: '-12000.00', reference: 'PAY-77', counterparty: '上海物流' },
  { id: 'V003', date: '2026-10-10', amount: '-8000.00', reference: 'CHK-0031', description: '开出支票' },
];

/** Imports the pair (lines posted by `postedBy`), runs October, returns the open differences by kind. */
export async function runOctober(db: Db, postedBy: string | null = null): Promise<Record<string, DifferenceView>> {
  await importStatements(db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: '1'.repeat(64), statements: [statement(ACCOUNT, BANK)], actor: 'u-staff', postedBy, at: AT });
  await importStatements(db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger.csv', sha256: '2'.repeat(64), statements: [statement(ACCOUNT, LEDGER)], actor: 'u-staff', postedBy, at: AT });
  await runReconciliation(db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
  const open = await listDifferences(db, { account: ACCOUNT });
  // Of two differences of a kind, the smaller amount is the one named (the fee, not the cheque).
  const bySize = [...open].sort((a, b) => b.amount.abs().comparedTo(a.amount.abs()) || Number(a.id) - Number(b.id));
  return Object.fromEntries(bySize.map((d) => [`${d.kind}`, d]));
}
