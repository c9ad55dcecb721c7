import { afterEach, beforeEach, expect, it } from 'vitest';
import { JsonReportExtSchema } from '../../engine/report/json.ts';
import { addAccount } from '../../engine/service/accounts.ts';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { listDifferences } from '../../engine/service/differences.ts';
import { annotate, propose } from '../../engine/service/resolve.ts';
import { Decimal } from '../../engine/money.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement, type LineSpec } from './support/fixtures.ts';

const BANK: LineSpec[] = [
  { id: 'B1', date: '2026-10-08', amount: '50000.00', reference: 'INV-1001', counterparty: '华东贸易' },
  { id: 'B2', date: '2026-10-15', amount: '-35.00', description: '手续费' },
  { id: 'B3', date: '2026-10-20', amount: '-12000.00', reference: 'PAY-77', counterparty: '上海物流' },
];
const LEDGER: LineSpec[] = [
  { id: 'V001', date: '2026-10-08', amount: '50000.00', reference: 'INV-1001', counterparty: '华东贸易' },
  { id: 'V002', date: '2026-10-20', amount: '-12000.00', reference: 'PAY-77', counterparty: '上海物流' },
  { id: 'V003', date: '2026-10-30', amount: '-8000.00', reference: 'CHK-0031', description: '开出支票' },
];

async function loadPair(db: TestDb['db'], bank = BANK, ledger = LEDGER): Promise<void> {
  await importStatements(db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: '1'.repeat(64), statements: [statement(ACCOUNT, bank, { opening: null, closing: null })], actor: 'u-staff', at: AT });
  await importStatements(db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger.csv', sha256: '2'.repeat(64), statements: [statement(ACCOUNT, ledger)], actor: 'u-staff', at: AT });
}

describeEngines('runs on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  it('reconciles a period and stores matches and differences', async () => {
    await loadPair(t.db);
    const run = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(run.runId).toMatch(/^\d+$/);
    expect(run.report.summary).toMatchObject({ bankCount: 3, ledgerCount: 3, matchedBank: 2, matchedLedger: 2, differences: 2 });
    expect(run.report.differences.map((d) => [d.kind, d.ids])).toEqual([
      ['bank_only_debit', ['B2']],
      ['ledger_only_debit', ['V003']],
    ]);
    const open = await listDifferences(t.db, { account: ACCOUNT });
    // Oldest booking date first: the fee (10-15) before the cheque (10-30).
    expect(open.map((d) => [d.kind, d.amount.toFixed(2), d.state, d.version, d.firstDate])).toEqual([
      ['bank_only_debit', '-35.00', 'open', 1, '2026-10-15'],
      ['ledger_only_debit', '-8000.00', 'open', 1, '2026-10-30'],
    ]);
  });

  it("prints the run's report as the contract has it, matches included and keys in the contract's order", async () => {
    await loadPair(t.db);
    const run = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const printed = JSON.parse(JSON.stringify({ ...run.report, runId: run.runId })) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['summary', 'matches', 'differences', 'balance', 'currency', 'options', 'closingSources', 'statements', 'ambiguous', 'openingSources', 'openings', 'openingGaps', 'runId']);
    expect(JsonReportExtSchema.parse(printed).matches).toEqual([
      { rule: 'reference', bank: ['B1'], ledger: ['V001'], difference: '0.00' },
      { rule: 'reference', bank: ['B3'], ledger: ['V002'], difference: '0.00' },
    ]);
    expect(run.report.matches).toBe(run.report.matches);
  });

  it('stores each difference with the lines it names, whether the bank ids follow the import order or not', async () => {
    // Ledger ids ascend with the import order; the bank file lists B3, B1, B2.
    await loadPair(t.db, [BANK[2]!, BANK[0]!, BANK[1]!, { id: 'B0', date: '2026-10-21', amount: '-7.00' }]);
    const run = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const stored = await t.db.query<{ kind: string; ids: string[] }>(
      `SELECT d.kind, array(SELECT t.ext_id FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids) ORDER BY t.ext_id) AS ids
         FROM differences d WHERE d.run_id = $1 ORDER BY d.kind, ids`, [run.runId]);
    const expected = run.report.differences.map((d) => ({ kind: d.kind, ids: [...d.ids].sort() }))
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.ids.join() < b.ids.join() ? -1 : 1));
    expect(stored.rows).toEqual(expected);
    expect(expected).toEqual([{ kind: 'bank_only_debit', ids: ['B0'] }, { kind: 'bank_only_debit', ids: ['B2'] }, { kind: 'ledger_only_debit', ids: ['V003'] }]);
  });

  it('re-running supersedes the earlier run, keeps it, keeps differences someone works on, and carries the rest with their numbers', async () => {
    await loadPair(t.db);
    const first = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const [fee, cheque] = await listDifferences(t.db, { account: ACCOUNT, state: 'open' });
    await annotate(t.db, { differenceId: cheque!.id, actor: 'u-staff', note: '支票未兑付，等待银行', at: AT });
    const second = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(second.supersededRunId).toBe(first.runId);
    // The cheque under review stays out of the new run; the fee is raised again.
    expect(second.report.differences.map((d) => d.ids)).toEqual([['B2']]);
    const runs = await t.db.query<{ id: string; superseded_by: string | null }>('SELECT id::text AS id, superseded_by::text AS superseded_by FROM runs ORDER BY id');
    expect(runs.rows).toEqual([{ id: first.runId, superseded_by: second.runId }, { id: second.runId, superseded_by: null }]);
    const active = await listDifferences(t.db, { account: ACCOUNT });
    // The fee found again with the same line keeps its number and now belongs to the new run.
    expect(active.map((d) => [d.id, d.kind, d.state, d.runId])).toEqual([[fee!.id, 'bank_only_debit', 'open', second.runId], [cheque!.id, 'ledger_only_debit', 'in_review', first.runId]]);
    expect(second.changes).toEqual({ new: [], carried: [fee!.id], settled: [], replaced: [], transitCleared: [] });
    expect(await listDifferences(t.db, { account: ACCOUNT, state: 'superseded' })).toEqual([]);
  });

  it('a re-run of an unchanged period still agrees when differences someone handles hold stated balances apart', async () => {
    // Both sides state their closings (opening 100,000.00), so the held lines stay in them.
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: '1'.repeat(64), actor: 'u-staff', at: AT,
      statements: [statement(ACCOUNT, BANK, { opening: new Decimal('100000.00'), closing: new Decimal('137965.00') })] });
    await importStatements(t.db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger.csv', sha256: '2'.repeat(64), actor: 'u-staff', at: AT,
      statements: [statement(ACCOUNT, LEDGER, { opening: new Decimal('100000.00'), closing: new Decimal('130000.00') })] });
    const first = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const figures = (b: typeof first.report.balance): string[] => [b.bankClosing, b.ledgerClosing, b.adjustedBank, b.adjustedLedger].map(String);
    expect(figures(first.report.balance)).toEqual(['137965.00', '130000.00', '129965.00', '129965.00']);
    expect(first.report.balance.balanced).toBe(true);
    const [fee, cheque] = await listDifferences(t.db, { account: ACCOUNT, state: 'open' });
    // The fee proposed as the bank's error, the cheque in review: both lines stay out of the re-run.
    await propose(t.db, { differenceId: fee!.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行误扣费' } });
    await annotate(t.db, { differenceId: cheque!.id, actor: 'u-staff', note: '支票未兑付', at: AT });
    const second = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(second.report.differences).toEqual([]);
    expect(second.heldOut.map((h) => [h.id, h.state])).toEqual([[fee!.id, 'proposed'], [cheque!.id, 'in_review']]);
    expect(figures(second.report.balance)).toEqual(figures(first.report.balance));
    expect(second.report.balance.balanced).toBe(true);
  });

  it('carries an outstanding cheque into the next month and matches it there', async () => {
    await loadPair(t.db);
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank-11.csv', sha256: '3'.repeat(64), actor: 'u-staff', at: AT,
      statements: [statement(ACCOUNT, [{ id: 'B4', date: '2026-11-03', amount: '-8000.00', reference: 'CHK-0031' }])] });
    const nov = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-11', actor: 'u-staff', at: AT });
    expect(nov.report.matches.map((m) => [m.rule, m.bank, m.ledger])).toEqual([['reference', ['B4'], ['V003']]]);
    const open = await listDifferences(t.db, { account: ACCOUNT });
    expect(open.map((d) => [d.kind, d.period])).toEqual([['bank_only_debit', '2026-11']]);
  });

  it('accepts cycle periods and refuses a period no statement covers, or an unknown account', async () => {
    await loadPair(t.db);
    // A quarter with a bank statement for October only would be October's result shown as the quarter's.
    await expect(runReconciliation(t.db, { account: ACCOUNT, period: '2026-Q4', actor: 'u-staff', at: AT }))
      .rejects.toMatchObject({ code: 'STORE.PERIOD_PARTLY_COVERED', details: { missing: '2026-11, 2026-12', from: '2026-10-08', to: '2026-10-30' } });
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank-11-12.csv', sha256: '4'.repeat(64), actor: 'u-staff', at: AT,
      statements: [statement(ACCOUNT, [{ id: 'B9', date: '2026-11-20', amount: '-15.00', reference: 'FEE-11' }], { openingDate: '2026-11-01', closingDate: '2026-12-31' })] });
    expect((await runReconciliation(t.db, { account: ACCOUNT, period: '2026-Q4', actor: 'u-staff', at: AT })).period).toBe('2026-Q4');
    await expect(runReconciliation(t.db, { account: ACCOUNT, period: '2025-03', actor: 'u-staff', at: AT }))
      .rejects.toMatchObject({ code: 'STORE.PERIOD_NOT_COVERED', message: expect.stringContaining('2026-10-08 .. 2026-12-31') });
    await expect(runReconciliation(t.db, { account: ACCOUNT, period: '2026-13', actor: 'u-staff', at: AT })).rejects.toMatchObject({ code: 'STORE.BAD_PERIOD' });
    await expect(runReconciliation(t.db, { account: 'nope', period: '2026-10', actor: 'u-staff', at: AT })).rejects.toMatchObject({ code: 'STORE.UNKNOWN_ACCOUNT' });
    expect(Number((await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM runs')).rows[0]!.n)).toBe(1);
  });

  it('refuses a run with only one side imported instead of agreeing over nothing, and writes nothing', async () => {
    // Only the journal: the bank side would be 0, its ledger-only lines would balance it exactly.
    await importStatements(t.db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger.csv', sha256: '2'.repeat(64), statements: [statement(ACCOUNT, LEDGER)], actor: 'u-staff', at: AT });
    await expect(runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT }))
      .rejects.toMatchObject({ code: 'STORE.NO_BANK_STATEMENT', details: { account: ACCOUNT, period: '2026-10' } });
    const count = async (table: string): Promise<number> => Number((await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n);
    expect([await count('runs'), await count('differences')]).toEqual([0, 0]);

    // Only the bank's statement (another account): no journal and no book opening either.
    const OTHER = '6222020200002';
    await addAccount(t.db, { number: OTHER, name: '测试公司一般户', currency: 'CNY', writeOffLimit: '10.00' }, 'admin', AT);
    await importStatements(t.db, { account: OTHER, side: 'bank', fileName: 'bank-b.csv', sha256: '5'.repeat(64), statements: [statement(OTHER, BANK)], actor: 'u-staff', at: AT });
    await expect(runReconciliation(t.db, { account: OTHER, period: '2026-10', actor: 'u-staff', at: AT })).rejects.toMatchObject({ code: 'STORE.NO_LEDGER' });
    expect([await count('runs'), await count('differences')]).toEqual([0, 0]);

    // The bank's statement arrives: the same run goes through; a later month with bank lines only
    // still runs, the October journal gives the book its balance.
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: '1'.repeat(64), statements: [statement(ACCOUNT, BANK, { opening: null, closing: null })], actor: 'u-staff', at: AT });
    expect((await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT })).report.balance.balanced).toBe(true);
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank-11.csv', sha256: '3'.repeat(64), actor: 'u-staff', at: AT,
      statements: [statement(ACCOUNT, [{ id: 'B4', date: '2026-11-03', amount: '-8000.00', reference: 'CHK-0031' }])] });
    expect((await runReconciliation(t.db, { account: ACCOUNT, period: '2026-11', actor: 'u-staff', at: AT })).report.matches).toHaveLength(1);
  });
});
