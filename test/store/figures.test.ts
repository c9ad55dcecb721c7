/**
 * Issue 19's figures on both engines: a difference keeps its number across re-runs when its lines
 * are unchanged, a run says what changed (new, carried, settled, replaced) and what the superseded
 * run's balance statement was; status counts 待审批 apart from 未处理 and ages by booking date;
 * 未达账项 marks are audited, refused where they cannot apply, cleared by the run that matches
 * their line, and listed as overdue past their expected date; a duplicate shows every booking.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { getDifference, listDifferences } from '../../engine/service/differences.ts';
import { markInTransit } from '../../engine/service/inTransit.ts';
import { annotate, approve, propose } from '../../engine/service/resolve.ts';
import { getStatus } from '../../engine/service/status.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement, type LineSpec } from './support/fixtures.ts';

let files = 0;
async function load(db: TestDb['db'], side: 'bank' | 'ledger', lines: LineSpec[]): Promise<void> {
  files++;
  await importStatements(db, { account: ACCOUNT, side, fileName: `${side}-${files}.csv`, sha256: String(files).padStart(64, '0'), statements: [statement(ACCOUNT, lines)], actor: 'u-staff', at: AT });
}

const run = (db: TestDb['db'], period: string, at = AT) => runReconciliation(db, { account: ACCOUNT, period, actor: 'u-staff', at });

describeEngines('figures, numbers and items in transit on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  it('a re-run keeps the numbers of unchanged differences and says what changed and why the verdict moved', async () => {
    await load(t.db, 'bank', [{ id: 'B1', date: '2026-10-08', amount: '500.00', reference: 'INV-1' }, { id: 'B2', date: '2026-10-15', amount: '-35.00', reference: 'FEE-1' }]);
    await load(t.db, 'ledger', [{ id: 'V1', date: '2026-10-08', amount: '500.00', reference: 'INV-1' }, { id: 'V2', date: '2026-10-20', amount: '-12.00', reference: 'X-9' }, { id: 'V3', date: '2026-10-30', amount: '-8000.00', reference: 'CHK-1' }]);
    const first = await run(t.db, '2026-10');
    const ids = Object.fromEntries((await listDifferences(t.db, { account: ACCOUNT })).map((d) => [d.amount.toFixed(2), d.id]));
    expect(first.changes).toMatchObject({ new: [ids['-35.00'], ids['-12.00'], ids['-8000.00']].sort(), carried: [], settled: [] });
    expect(first.previousBalance).toBeNull();
    // The bank books the -12.00 a few days later: that difference is settled, the others keep their numbers.
    await load(t.db, 'bank', [{ id: 'B3', date: '2026-10-21', amount: '-12.00', reference: 'X-9' }]);
    const second = await run(t.db, '2026-10');
    expect(second.changes).toEqual({ new: [], carried: [ids['-35.00'], ids['-8000.00']], settled: [ids['-12.00']], replaced: [], transitCleared: [] });
    expect(second.previousBalance).toMatchObject({ adjustedBank: first.report.balance.adjustedBank, adjustedLedger: first.report.balance.adjustedLedger });
    expect((await listDifferences(t.db, { account: ACCOUNT })).map((d) => d.id)).toEqual([ids['-35.00'], ids['-8000.00']]);
    // The fee was marked in transit; the books then enter it at -30.00 under its reference: the
    // bank-only difference is replaced by an amount mismatch, and the mark follows its line there.
    await markInTransit(t.db, { differenceId: ids['-35.00']!, actor: 'u-staff', at: AT, expected: '2026-11-05' });
    await load(t.db, 'ledger', [{ id: 'V4', date: '2026-10-15', amount: '-30.00', reference: 'FEE-1' }]);
    const third = await run(t.db, '2026-10');
    const mark = await t.db.query<{ difference_id: string; cleared_run: string | null }>('SELECT difference_id::text AS difference_id, cleared_run::text AS cleared_run FROM in_transit');
    expect(mark.rows).toEqual([{ difference_id: third.changes.new[0], cleared_run: null }]);
    expect(third.changes.carried).toEqual([ids['-8000.00']]);
    expect(third.changes.replaced).toEqual([{ id: ids['-35.00'], by: third.changes.new }]);
    expect(third.changes.new).toHaveLength(1);
    const audit = await t.db.query<{ after: { carriedDifferences: string[] } }>(`SELECT after FROM audit_log WHERE action = 'run' ORDER BY seq DESC LIMIT 1`);
    expect(audit.rows[0]!.after.carriedDifferences).toEqual([ids['-8000.00']]);
  });

  it('status: 待审批 apart from 未处理, ages from the earliest booking date, the same as the list', async () => {
    await load(t.db, 'bank', [{ id: 'B2', date: '2026-10-15', amount: '-35.00' }, { id: 'B5', date: '2026-10-25', amount: '-2.00' }]);
    await load(t.db, 'ledger', [{ id: 'V3', date: '2026-10-30', amount: '-8000.00', reference: 'CHK-1' }]);
    await run(t.db, '2026-10');
    const [fee, small] = await listDifferences(t.db, { account: ACCOUNT, state: 'open' });
    await annotate(t.db, { differenceId: small!.id, actor: 'u-staff', note: '手续费', at: AT });
    await propose(t.db, { differenceId: small!.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行多扣' } });
    const s = (await getStatus(t.db, { account: ACCOUNT, asOf: AT, today: '2026-11-02' })).accounts[0]!;
    expect(s.open.count).toBe(2);
    expect(s.open.awaitingApproval).toBe(1);
    expect(s.open.awaitingAmount.toFixed(2)).toBe('-2.00');
    expect(s.open.byKind.map((k) => [k.kind, k.count, k.oldestDays])).toEqual([['bank_only_debit', 1, 18], ['ledger_only_debit', 1, 3]]);
    expect(fee!.firstDate).toBe('2026-10-15');
    // Approved 待客户确认 waits for the customer, not for a checker: counted apart from both (a blind
    // probe saw it under 待审批, which the approvers' own list did not show).
    await propose(t.db, { differenceId: fee!.id, actor: 'u-staff', at: AT, resolution: { kind: 'pending_customer', reason: '已致电财务核对' } });
    await approve(t.db, { differenceId: fee!.id, actor: 'u-appr', at: AT });
    const after = (await getStatus(t.db, { account: ACCOUNT, asOf: AT, today: '2026-11-02' })).accounts[0]!;
    expect([after.open.count, after.open.awaitingApproval, after.open.awaitingCustomer, after.open.awaitingCustomerAmount.toFixed(2)]).toEqual([1, 1, 1, '-35.00']);
  });

  it('未达账项: marked (audited), refused where it cannot apply, overdue in status, cleared by the run that matches it', async () => {
    await load(t.db, 'bank', [{ id: 'B1', date: '2026-10-08', amount: '500.00', reference: 'INV-1' }, { id: 'B2', date: '2026-10-15', amount: '-35.00' }]);
    await load(t.db, 'ledger', [{ id: 'V1', date: '2026-10-08', amount: '500.00', reference: 'INV-1' }, { id: 'V3', date: '2026-10-30', amount: '-8000.00', reference: 'CHK-1', counterparty: '南京建安' }]);
    await run(t.db, '2026-10');
    const [fee, cheque] = await listDifferences(t.db, { account: ACCOUNT });
    await expect(markInTransit(t.db, { differenceId: cheque!.id, actor: 'u-cust', at: AT, expected: '2026-11-05' })).rejects.toMatchObject({ code: 'STORE.FORBIDDEN' });
    await expect(markInTransit(t.db, { differenceId: cheque!.id, actor: 'u-staff', at: AT, expected: '2026-10-01' })).rejects.toMatchObject({ code: 'STORE.BAD_INPUT' });
    // After the line but before today (AT is 2026-11-02): it would be overdue the moment it is marked.
    await expect(markInTransit(t.db, { differenceId: cheque!.id, actor: 'u-staff', at: AT, expected: '2026-11-01' })).rejects.toMatchObject({ code: 'STORE.BAD_INPUT' });
    await expect(markInTransit(t.db, { differenceId: cheque!.id, actor: 'u-staff', at: AT, expected: '5 days' })).rejects.toMatchObject({ code: 'STORE.BAD_INPUT' });
    await expect(markInTransit(t.db, { differenceId: cheque!.id, version: 9, actor: 'u-staff', at: AT, expected: '2026-11-05' })).rejects.toMatchObject({ code: 'STORE.VERSION_CONFLICT' });
    await annotate(t.db, { differenceId: fee!.id, actor: 'u-staff', note: '查询中', at: AT });
    await expect(markInTransit(t.db, { differenceId: fee!.id, actor: 'u-staff', at: AT, expected: '2026-11-05' })).rejects.toMatchObject({ code: 'STORE.ILLEGAL_TRANSITION' });
    await markInTransit(t.db, { differenceId: cheque!.id, version: cheque!.version, actor: 'u-staff', at: AT, expected: '2026-11-05' });
    const audit = await t.db.query<{ actor: string; after: { expected: string } }>(`SELECT actor, after FROM audit_log WHERE action = 'difference.in_transit'`);
    expect(audit.rows).toEqual([{ actor: 'u-staff', after: expect.objectContaining({ expected: '2026-11-05' }) }]);
    expect((await getDifference(t.db, cheque!.id)).transitExpected).toBe('2026-11-05');

    // November's run without the cheque: still in transit, same number; after the 5th it is overdue.
    await load(t.db, 'bank', [{ id: 'B7', date: '2026-11-03', amount: '100.00', reference: 'INV-7' }]);
    await load(t.db, 'ledger', [{ id: 'V7', date: '2026-11-03', amount: '100.00', reference: 'INV-7' }]);
    const nov = await run(t.db, '2026-11');
    expect(nov.changes.carried).toContain(cheque!.id);
    expect(nov.changes.transitCleared).toEqual([]);
    const before = (await getStatus(t.db, { account: ACCOUNT, asOf: AT, today: '2026-11-05' })).accounts[0]!;
    expect(before.inTransit).toEqual({ count: 1, overdue: [] });
    const late = (await getStatus(t.db, { account: ACCOUNT, asOf: AT, today: '2026-11-09' })).accounts[0]!;
    expect(late.inTransit.overdue.map((o) => [o.differenceId, o.expected, o.daysLate, o.amount.toFixed(2), o.counterparty])).toEqual([[cheque!.id, '2026-11-05', 4, '-8000.00', '南京建安']]);

    // The bank pays the cheque: the re-run matches it, clears the mark and says so.
    await load(t.db, 'bank', [{ id: 'B8', date: '2026-11-10', amount: '-8000.00', reference: 'CHK-1' }]);
    const again = await run(t.db, '2026-11');
    expect(again.changes.settled).toEqual([cheque!.id]);
    expect(again.changes.transitCleared).toEqual([{ id: cheque!.id, expected: '2026-11-05' }]);
    const cleared = await t.db.query<{ cleared_run: string }>('SELECT cleared_run::text AS cleared_run FROM in_transit');
    expect(cleared.rows).toEqual([{ cleared_run: again.runId }]);
    expect((await getStatus(t.db, { account: ACCOUNT, asOf: AT, today: '2026-11-20' })).accounts[0]!.inTransit).toEqual({ count: 0, overdue: [] });
  });

  it('a duplicate shows every booking of it, the repeated line and the one it repeats', async () => {
    await load(t.db, 'bank', [{ id: 'B1', date: '2026-10-12', amount: '-15000.00', reference: 'PAY-5', counterparty: '上海物流' }]);
    await load(t.db, 'ledger', [
      { id: 'V1', date: '2026-10-12', amount: '-15000.00', reference: 'PAY-5', counterparty: '上海物流' },
      { id: 'V2', date: '2026-10-12', amount: '-15000.00', reference: 'PAY-5', counterparty: '上海物流' },
    ]);
    await run(t.db, '2026-10');
    const [dup] = await listDifferences(t.db, { account: ACCOUNT });
    expect(dup!.kind).toBe('duplicate');
    const d = await getDifference(t.db, dup!.id);
    expect([...d.lines, ...d.repeats].map((l) => l.extId).sort()).toEqual(['V1', 'V2']);
    expect(d.repeats.every((l) => l.side === 'ledger')).toBe(true);
    // Booked twice in the books: the bank made no error, so a "bank error" cannot close it; the books' adjustment can.
    const before = (await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM resolutions')).rows[0]!.n;
    await expect(propose(t.db, { differenceId: dup!.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行重复扣款' } }))
      .rejects.toMatchObject({ code: 'STORE.WRONG_SIDE' });
    expect((await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM resolutions')).rows[0]!.n).toBe(before);
    expect((await getDifference(t.db, dup!.id)).state).toBe('open');
    await propose(t.db, { differenceId: dup!.id, actor: 'u-staff', at: AT, resolution: { kind: 'ledger_adjustment', reason: '冲销重复凭证', entryReference: '记-2026-1012' } });
    expect((await getDifference(t.db, dup!.id)).state).toBe('proposed');
  });
});
