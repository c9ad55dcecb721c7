import { afterEach, beforeEach, expect, it } from 'vitest';
import { annotate, approve, closeDifference, propose, reject } from '../../engine/service/resolve.ts';
import { getDifference, listDifferences } from '../../engine/service/differences.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed } from './support/fixtures.ts';
import { runOctober } from './support/pair.ts';

const count = async (t: TestDb, table: string): Promise<number> => Number((await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n);

describeEngines('resolving differences on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  it('goes open → in_review → proposed → approved → closed with two people, and a write-off within the limit', async () => {
    const d = await runOctober(t.db);
    const fee = d.bank_only_debit!;
    expect(fee.amount.toFixed(2)).toBe('-5.00');
    const a = await annotate(t.db, { differenceId: fee.id, version: 1, actor: 'u-staff', note: '银行收取的手续费', at: AT });
    expect(a).toEqual({ differenceId: fee.id, state: 'in_review', version: 2 });
    const p = await propose(t.db, { differenceId: fee.id, version: 2, actor: 'u-staff', at: AT, resolution: { kind: 'write_off', reason: '小额手续费核销' } });
    expect(p.state).toBe('proposed');
    await expect(approve(t.db, { differenceId: fee.id, actor: 'u-staff', at: AT })).rejects.toMatchObject({ code: 'STORE.FORBIDDEN' });
    const ok = await approve(t.db, { differenceId: fee.id, version: 3, actor: 'u-appr', at: AT });
    expect(ok).toEqual({ differenceId: fee.id, state: 'closed', version: 4 });
    const detail = await getDifference(t.db, fee.id);
    expect(detail.resolutions).toMatchObject([{ kind: 'write_off', proposedBy: 'u-staff', decision: 'approved', decidedBy: 'u-appr' }]);
    expect(detail.lines.map((l) => l.extId)).toEqual(['B2']);
    // A closed difference takes no further resolution.
    await expect(propose(t.db, { differenceId: fee.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行错扣' } }))
      .rejects.toMatchObject({ code: 'STORE.ILLEGAL_TRANSITION' });
    // Re-running October keeps the decision.
    const rerun = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(rerun.report.differences.flatMap((x) => x.ids)).not.toContain('B2');
  });

  it('never lets the proposer approve, and a rejection returns the difference to review', async () => {
    const d = await runOctober(t.db);
    const fee = d.bank_only_debit!;
    await propose(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT, resolution: { kind: 'bank_error', reason: '银行重复扣费' } });
    const auditBefore = await count(t, 'audit_log');
    await expect(approve(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT })).rejects.toMatchObject({ code: 'STORE.SELF_APPROVAL', message: expect.stringContaining('李四') });
    expect(await count(t, 'audit_log')).toBe(auditBefore);
    await expect(reject(t.db, { differenceId: fee.id, actor: 'u-appr2', comment: ' ', at: AT })).rejects.toMatchObject({ code: 'STORE.COMMENT_REQUIRED' });
    for (const comment of ['x', 'ok', '?!', '不', '1111', '啊啊', 'aaaa', '记1107']) {
      await expect(reject(t.db, { differenceId: fee.id, actor: 'u-appr2', comment, at: AT })).rejects.toMatchObject({ code: 'STORE.COMMENT_TOO_SHORT' });
    }
    expect(await count(t, 'audit_log')).toBe(auditBefore);
    expect(await reject(t.db, { differenceId: fee.id, actor: 'u-appr2', comment: '请附银行回单', at: AT })).toMatchObject({ state: 'rejected' });
    expect(await annotate(t.db, { differenceId: fee.id, actor: 'u-staff', note: '已索取回单', at: AT })).toMatchObject({ state: 'in_review' });
    await propose(t.db, { differenceId: fee.id, actor: 'u-staff', at: AT, resolution: { kind: 'pending_customer', reason: '已致电财务王经理' } });
    expect(await approve(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT })).toMatchObject({ state: 'approved' });
    expect(await closeDifference(t.db, { differenceId: fee.id, actor: 'u-staff', note: '客户已确认', at: AT })).toMatchObject({ state: 'closed' });
  });

  it('refuses bad resolutions with one clear error and writes nothing', async () => {
    const d = await runOctober(t.db);
    const cheque = d.ledger_only_debit!;
    const before = [await count(t, 'resolutions'), await count(t, 'audit_log')];
    // A reason must say why: one character or a number tells the approver nothing.
    for (const reason of ['记', 'x', '1111', '啊啊']) {
      await expect(propose(t.db, { differenceId: cheque.id, actor: 'u-staff', at: AT, resolution: { kind: 'pending_customer', reason } }))
        .rejects.toMatchObject({ code: 'STORE.REASON_TOO_SHORT' });
    }
    const bad = [
      [{ kind: 'write_off', reason: '核销' }, 'STORE.WRITE_OFF_LIMIT'],
      [{ kind: 'ledger_adjustment', reason: '补记' }, 'STORE.ENTRY_REFERENCE_REQUIRED'],
      [{ kind: 'bank_error', reason: '' }, 'STORE.REASON_REQUIRED'],
      [{ kind: 'manual_match', reason: '同一张支票' }, 'STORE.MATCH_LINES_REQUIRED'],
      [{ kind: 'manual_match', reason: '同一张支票', matchLineIds: ['999999'] }, 'STORE.BAD_MATCH_LINES'],
    ] as const;
    for (const [resolution, code] of bad) {
      await expect(propose(t.db, { differenceId: cheque.id, actor: 'u-staff', at: AT, resolution })).rejects.toMatchObject({ code });
    }
    await expect(propose(t.db, { differenceId: '424242', actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行错扣' } })).rejects.toMatchObject({ code: 'STORE.UNKNOWN_DIFFERENCE' });
    await expect(annotate(t.db, { differenceId: cheque.id, actor: 'nobody', note: 'x', at: AT })).rejects.toMatchObject({ code: 'STORE.UNKNOWN_USER' });
    await expect(annotate(t.db, { differenceId: cheque.id, actor: 'u-cust', note: 'x', at: AT })).rejects.toMatchObject({ code: 'STORE.FORBIDDEN' });
    expect([await count(t, 'resolutions'), await count(t, 'audit_log')]).toEqual(before);
    expect((await getDifference(t.db, cheque.id)).state).toBe('open');
  });

  it('a manual match closes both sides once approved', async () => {
    const d = await runOctober(t.db);
    const cheque = d.ledger_only_debit!;
    const paid = d.bank_only_debit!.amount.toFixed(2) === '-8000.00' ? d.bank_only_debit! : (await listDifferences(t.db, { account: ACCOUNT })).find((x) => x.amount.toFixed(2) === '-8000.00' && x.side === 'bank')!;
    await propose(t.db, { differenceId: cheque.id, actor: 'u-staff', at: AT, resolution: { kind: 'manual_match', reason: '支票 CHK-0031 已兑付', matchLineIds: [...paid.bankLineIds] } });
    await approve(t.db, { differenceId: cheque.id, actor: 'u-appr', at: AT });
    const left = await listDifferences(t.db, { account: ACCOUNT });
    expect(left.map((x) => x.amount.toFixed(2))).toEqual(['-5.00']);
    const manual = await t.db.query<{ rule: string }>(`SELECT rule FROM matches WHERE run_id IS NULL`);
    expect(manual.rows).toEqual([{ rule: 'manual' }]);
  });

  it('refuses a manual match whose lines leave more than the write-off limit unexplained, and writes nothing', async () => {
    const d = await runOctober(t.db);
    const cheque = d.ledger_only_debit!;
    const fee = d.bank_only_debit!;
    expect([cheque.amount.toFixed(2), fee.amount.toFixed(2)]).toEqual(['-8000.00', '-5.00']);
    const before = [await count(t, 'resolutions'), await count(t, 'audit_log')];
    // The cheque of 8,000.00 against the 5.00 fee: 7,995.00 would be closed without a write-off.
    await expect(propose(t.db, { differenceId: cheque.id, actor: 'u-staff', at: AT, resolution: { kind: 'manual_match', reason: '支票', matchLineIds: [...fee.bankLineIds] } }))
      .rejects.toMatchObject({ code: 'STORE.MATCH_RESIDUAL', details: { residual: '7995', difference: cheque.id } });
    expect([await count(t, 'resolutions'), await count(t, 'audit_log')]).toEqual(before);
    expect((await getDifference(t.db, cheque.id)).state).toBe('open');
  });

  it('does not let whoever posted the lines approve their resolution (segregation of duties)', async () => {
    const d = await runOctober(t.db, 'u-appr');
    const fee = d.bank_only_debit!;
    await propose(t.db, { differenceId: fee.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行错扣' } });
    await expect(approve(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT })).rejects.toMatchObject({ code: 'STORE.SEGREGATION' });
    expect(await approve(t.db, { differenceId: fee.id, actor: 'u-appr2', at: AT })).toMatchObject({ state: 'closed' });
  });

  it('two approvals of one version: exactly one wins, the other is told who acted', async () => {
    const d = await runOctober(t.db);
    const fee = d.bank_only_debit!;
    const p = await propose(t.db, { differenceId: fee.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行错扣' } });
    const other = engine === 'pg' ? await t.another() : t.db;
    const results = await Promise.allSettled([
      approve(t.db, { differenceId: fee.id, version: p.version, actor: 'u-appr', at: AT }),
      approve(other, { differenceId: fee.id, version: p.version, actor: 'u-appr2', at: AT }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ code: 'STORE.VERSION_CONFLICT' });
    const winner = (await getDifference(t.db, fee.id)).resolutions[0]!.decidedBy === 'u-appr' ? '李四' : '王五';
    expect(lost[0].message).toContain(winner);
    expect((await getDifference(t.db, fee.id)).resolutions.filter((r) => r.decision === 'approved')).toHaveLength(1);
  });

  it("a stale version says whether the person's own earlier action changed it (a second window), so the chat does not name them to themselves", async () => {
    const d = await runOctober(t.db);
    const fee = d.bank_only_debit!;
    await annotate(t.db, { differenceId: fee.id, version: 1, actor: 'u-staff', note: '先看看', at: AT });
    await expect(annotate(t.db, { differenceId: fee.id, version: 1, actor: 'u-staff', note: '另一个窗口', at: AT }))
      .rejects.toMatchObject({ code: 'STORE.VERSION_CONFLICT', details: { self: true, state: 'in_review' } });
    await expect(annotate(t.db, { differenceId: fee.id, version: 1, actor: 'u-appr', note: '同事', at: AT }))
      .rejects.toMatchObject({ code: 'STORE.VERSION_CONFLICT', details: { self: false } });
  });
});
