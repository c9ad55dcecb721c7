/**
 * One line, one live settlement (issue 15): the line-claim key of migration 060, what proposals
 * and approvals check against it, what a run and the candidates leave alone.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { updateAccountSettings } from '../../engine/service/accounts.ts';
import { findCandidates } from '../../engine/service/candidates.ts';
import { listDifferences, type DifferenceView } from '../../engine/service/differences.ts';
import { importStatements } from '../../engine/service/import.ts';
import { annotate, approve, propose, reject } from '../../engine/service/resolve.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import type { Db } from '../../engine/store/db.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement } from './support/fixtures.ts';
import { BANK, LEDGER } from './support/pair.ts';

const count = async (db: Db, sql: string): Promise<number> => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`)).rows[0]!.n);

/** October with two bank-side cheque payments of 8,000 (B5, B6) and one ledger cheque (V003) for either. */
async function twoCandidates(db: Db): Promise<{ b5: DifferenceView; b6: DifferenceView; v3: DifferenceView; fee: DifferenceView }> {
  const bank = [...BANK, { id: 'B6', date: '2026-10-29', amount: '-8000.00', description: '支票兑付' }];
  await importStatements(db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: '1'.repeat(64), statements: [statement(ACCOUNT, bank)], actor: 'u-staff', postedBy: null, at: AT });
  await importStatements(db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger.csv', sha256: '2'.repeat(64), statements: [statement(ACCOUNT, LEDGER)], actor: 'u-staff', postedBy: null, at: AT });
  await runReconciliation(db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
  const open = await listDifferences(db, { account: ACCOUNT });
  const by = (side: string, amount: string, nth = 0): DifferenceView => open.filter((d) => d.side === side && d.amount.toFixed(2) === amount)[nth]!;
  const [b5, b6] = [by('bank', '-8000.00', 0), by('bank', '-8000.00', 1)];
  return { b5, b6, v3: by('ledger', '-8000.00'), fee: by('bank', '-5.00') };
}

const matchWith = (d: DifferenceView, lines: readonly string[], actor = 'u-staff') => ({
  differenceId: d.id, actor, at: AT, resolution: { kind: 'manual_match' as const, reason: '支票 CHK-0031 已兑付', matchLineIds: [...lines] },
});

/** How many live matches (of the current runs and manual) name line `id`. */
async function matchesNaming(db: Db, id: string): Promise<number> {
  return count(db, `matches m LEFT JOIN runs r ON r.id = m.run_id WHERE (m.run_id IS NULL OR r.superseded_by IS NULL) AND ${id}::bigint = ANY(m.bank_ids || m.ledger_ids)`);
}

describeEngines('one line, one live settlement on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  for (const order of [['b5', 'b6'], ['b6', 'b5']] as const) {
    it(`two manual matches of one ledger line (${order.join(' then ')}): the second is refused, naming the first, and writes nothing`, async () => {
      const d = await twoCandidates(t.db);
      const [first, second] = [d[order[0]], d[order[1]]];
      const v3 = d.v3.ledgerLineIds[0]!;
      await propose(t.db, matchWith(first, [v3]));
      const before = [await count(t.db, 'resolutions'), await count(t.db, 'audit_log'), await count(t.db, 'line_claims')];
      await expect(propose(t.db, matchWith(second, [v3]))).rejects.toMatchObject({ code: 'STORE.LINE_CLAIMED', details: { line: v3, other: first.id, difference: second.id } });
      // After the first is approved, the line is settled for good: still refused, still naming it.
      await approve(t.db, { differenceId: first.id, actor: 'u-appr', at: AT });
      await expect(propose(t.db, matchWith(second, [v3]))).rejects.toMatchObject({ code: 'STORE.LINE_CLAIMED', details: { other: first.id } });
      expect([await count(t.db, 'resolutions'), await count(t.db, 'audit_log') - 2, await count(t.db, 'line_claims')]).toEqual(before);
      expect(await matchesNaming(t.db, v3)).toBe(1);
      // The ledger difference itself cannot be resolved either: its line is settled by the first.
      await expect(propose(t.db, { differenceId: d.v3.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行错扣' } }))
        .rejects.toMatchObject({ code: 'STORE.ILLEGAL_TRANSITION' });
    });
  }

  it('a pending manual match holds its lines: the other side cannot be resolved by another kind meanwhile; a rejection frees them', async () => {
    const d = await twoCandidates(t.db);
    const v3 = d.v3.ledgerLineIds[0]!;
    const p = await propose(t.db, matchWith(d.b5, [v3]));
    await expect(propose(t.db, { differenceId: d.v3.id, actor: 'u-staff', at: AT, resolution: { kind: 'ledger_adjustment', reason: '冲销', entryReference: 'J-9' } }))
      .rejects.toMatchObject({ code: 'STORE.LINE_CLAIMED', details: { other: d.b5.id } });
    await reject(t.db, { differenceId: d.b5.id, version: p.version, actor: 'u-appr', comment: '不是这张支票', at: AT });
    expect(await count(t.db, 'line_claims')).toBe(0);
    expect(await propose(t.db, matchWith(d.b6, [v3]))).toMatchObject({ state: 'proposed' });
  });

  it('approval re-checks the lines: of two proposals made before the claims existed, only the first approved settles', async () => {
    const d = await twoCandidates(t.db);
    const v3 = d.v3.ledgerLineIds[0]!;
    await propose(t.db, matchWith(d.b5, [v3]));
    // A proposal from before migration 060: no claims, no version.
    await t.db.query('DELETE FROM line_claims');
    await t.db.query('UPDATE resolutions SET difference_version = NULL');
    await propose(t.db, matchWith(d.b6, [v3], 'u-staff2'));
    await t.db.query('DELETE FROM line_claims');
    await t.db.query('UPDATE resolutions SET difference_version = NULL');
    expect(await approve(t.db, { differenceId: d.b6.id, actor: 'u-appr', at: AT })).toMatchObject({ state: 'closed' });
    const audit = await count(t.db, 'audit_log');
    await expect(approve(t.db, { differenceId: d.b5.id, actor: 'u-appr', at: AT })).rejects.toMatchObject({ code: 'STORE.LINE_CLAIMED', details: { line: v3, other: d.b6.id } });
    expect(await count(t.db, 'audit_log')).toBe(audit);
    expect(await matchesNaming(t.db, v3)).toBe(1);
  });

  it('an approval after the write-off limit was lowered is refused', async () => {
    const d = await twoCandidates(t.db);
    await propose(t.db, { differenceId: d.fee.id, actor: 'u-staff', at: AT, resolution: { kind: 'write_off', reason: '小额手续费核销' } });
    await updateAccountSettings(t.db, ACCOUNT, { writeOffLimit: '1.00' }, 'admin', AT);
    await expect(approve(t.db, { differenceId: d.fee.id, actor: 'u-appr', at: AT })).rejects.toMatchObject({ code: 'STORE.WRITE_OFF_LIMIT', details: { limit: '1.00' } });
    await updateAccountSettings(t.db, ACCOUNT, { writeOffLimit: '10.00' }, 'admin', AT);
    expect(await approve(t.db, { differenceId: d.fee.id, actor: 'u-appr', at: AT })).toMatchObject({ state: 'closed' });
  });

  it('a run leaves alone the lines of a pending and of an approved manual match', async () => {
    const d = await twoCandidates(t.db);
    const v3 = d.v3.ledgerLineIds[0]!;
    await propose(t.db, matchWith(d.b5, [v3]));
    // A bank line that the run would match with V003 by reference, amount and date.
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank2.csv', sha256: '3'.repeat(64), statements: [statement(ACCOUNT, [{ id: 'B7', date: '2026-10-10', amount: '-8000.00', reference: 'CHK-0031' }])], actor: 'u-staff', postedBy: null, at: AT });
    const rerun = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(rerun.report.differences.flatMap((x) => x.ids)).toContain('B7');
    expect(await matchesNaming(t.db, v3)).toBe(0);
    await approve(t.db, { differenceId: d.b5.id, actor: 'u-appr', at: AT });
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(await matchesNaming(t.db, v3)).toBe(1);
    expect(await matchesNaming(t.db, d.b5.bankLineIds[0]!)).toBe(1);
  });

  it('candidates offer only free lines: not a claimed one, not one of a difference in review', async () => {
    const d = await twoCandidates(t.db);
    const v3 = d.v3.ledgerLineIds[0]!;
    expect((await findCandidates(t.db, d.b6.id)).map((c) => c.line.id)).toContain(v3);
    await annotate(t.db, { differenceId: d.v3.id, actor: 'u-staff', note: '在查', at: AT });
    expect((await findCandidates(t.db, d.b6.id)).map((c) => c.line.id)).not.toContain(v3);
    await expect(propose(t.db, matchWith(d.b6, [v3]))).rejects.toMatchObject({ code: 'STORE.LINE_CLAIMED', details: { other: d.v3.id } });
  });

  if (engine === 'pg') it('two people proposing the same line at once on two connections: exactly one proposal stands', async () => {
    for (let round = 0; round < 3; round++) {
      if (round > 0) {
        await t.drop();
        t = await openTestDb(engine);
        await seed(t.db);
      }
      const d = await twoCandidates(t.db);
      const v3 = d.v3.ledgerLineIds[0]!;
      const other = await t.another();
      const results = await Promise.allSettled([propose(t.db, matchWith(d.b5, [v3])), propose(other, matchWith(d.b6, [v3], 'u-staff2'))]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(lost[0]).toMatchObject({ code: 'STORE.LINE_CLAIMED' });
      const winner = results[0]!.status === 'fulfilled' ? d.b5 : d.b6;
      expect(lost[0].details.other).toBe(winner.id);
      await Promise.allSettled([approve(t.db, { differenceId: d.b5.id, actor: 'u-appr', at: AT }), approve(other, { differenceId: d.b6.id, actor: 'u-appr2', at: AT })]);
      expect(await matchesNaming(t.db, v3)).toBe(1);
      expect(await count(t.db, `resolutions WHERE decision = 'approved'`)).toBe(1);
    }
  });
});
