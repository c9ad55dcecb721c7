/**
 * The reconciliation record (recon export) of a period that was re-run: differences people were
 * handling stay with the run that found them and are still listed, and so are the manual matches
 * their approved resolutions made; what a later run explained again is not.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listDifferences } from '../../engine/service/differences.ts';
import { recordCsv } from '../../engine/service/export.ts';
import { buildRecord } from '../../engine/service/record.ts';
import { annotate, approve, propose } from '../../engine/service/resolve.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed } from './support/fixtures.ts';
import { runOctober } from './support/pair.ts';

describeEngines('the record of a re-run period on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  it('still lists a difference under review and a manual match after the period is run again', async () => {
    const d = await runOctober(t.db);
    const first = await buildRecord(t.db, ACCOUNT, '2026-10');
    const fee = d.bank_only_debit!.amount.toFixed(2) === '-5.00' ? d.bank_only_debit! : (await listDifferences(t.db, { account: ACCOUNT })).find((x) => x.amount.toFixed(2) === '-5.00')!;
    const cheque = d.ledger_only_debit!;
    const paid = (await listDifferences(t.db, { account: ACCOUNT })).find((x) => x.amount.toFixed(2) === '-8000.00' && x.side === 'bank')!;

    // The fee is taken up; the cheque is matched by hand to the bank's payment and approved.
    await annotate(t.db, { differenceId: fee.id, actor: 'u-staff', note: '银行手续费，待核实', at: AT });
    await propose(t.db, { differenceId: cheque.id, actor: 'u-staff', at: AT, resolution: { kind: 'manual_match', reason: '支票 CHK-0031 已兑付', matchLineIds: [...paid.bankLineIds] } });
    await approve(t.db, { differenceId: cheque.id, actor: 'u-appr', at: AT });

    const rerun = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const record = await buildRecord(t.db, ACCOUNT, '2026-10');
    expect(record.run.id).toBe(rerun.runId);
    expect(record.run.id).not.toBe(first.run.id);

    // The new run did not see the fee's or the cheque's lines; the record still shows both, from the first run.
    const byLines = Object.fromEntries(record.differences.map((x) => [x.lines.join(' '), x]));
    expect(byLines['B2']).toMatchObject({ id: fee.id, run: first.run.id, state: 'in_review', amount: '-5.00' });
    expect(byLines['V003']).toMatchObject({ id: cheque.id, run: first.run.id, state: 'closed', resolution: { kind: 'manual_match', decidedBy: 'u-appr' } });
    // The bank's payment was explained by the manual match: not listed as a difference any more.
    expect(record.differences.some((x) => x.lines.includes('B5'))).toBe(false);
    expect(record.differences.every((x) => x.state !== 'superseded')).toBe(true);
    expect(new Set(record.differences.map((x) => x.id)).size).toBe(record.differences.length);

    // The run's own matches, then the manual one.
    expect(record.matches.map((m) => m.rule)).toEqual([...first.matches.map((m) => m.rule), 'manual']);
    expect(record.matches.at(-1)).toEqual({ rule: 'manual', bank: ['B5'], ledger: ['V003'], difference: '0.00' });

    // The exported sheet names the run each difference was found by.
    const csv = recordCsv(record, 'en');
    expect(csv).toContain('Found by run');
    expect(csv).toMatch(new RegExp(`${fee.id},.*,${first.run.id}\\r\\n`));
  });

  it('lists only the current run when nobody has touched a difference', async () => {
    await runOctober(t.db);
    const first = await buildRecord(t.db, ACCOUNT, '2026-10');
    await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const record = await buildRecord(t.db, ACCOUNT, '2026-10');
    expect(record.differences.map((x) => x.run)).toEqual(record.differences.map(() => record.run.id));
    expect(record.differences.map((x) => [x.kind, x.amount, x.lines])).toEqual(first.differences.map((x) => [x.kind, x.amount, x.lines]));
    expect(record.matches).toEqual(first.matches);
  });
});
