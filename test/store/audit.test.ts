import { afterEach, beforeEach, expect, it } from 'vitest';
import { verifyAudit } from '../../engine/store/audit-verify.ts';
import { annotate } from '../../engine/service/resolve.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { AT, seed } from './support/fixtures.ts';
import { runOctober } from './support/pair.ts';

describeEngines('the audit log on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
    const d = await runOctober(t.db);
    await annotate(t.db, { differenceId: d.bank_only_debit!.id, actor: 'u-staff', note: '手续费', at: AT });
  });
  afterEach(async () => t.drop());

  it('records who did what, before → after, and verifies', async () => {
    const rows = await t.db.query<{ actor: string; source: string; action: string }>('SELECT actor, source, action FROM audit_log ORDER BY seq');
    expect(rows.rows.map((r) => `${r.source}:${r.action}`)).toEqual([
      'manual:account.add', 'manual:user.add', 'manual:user.add', 'manual:user.add', 'manual:user.add', 'manual:user.add',
      'import:import', 'import:import', 'auto:run', 'manual:difference.annotate',
    ]);
    expect(await verifyAudit(t.db)).toMatchObject({ rows: 10, ok: true, problems: [], warnings: [{ kind: 'unkeyed', rows: 10 }] });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(t.db.query(`UPDATE audit_log SET actor = 'x' WHERE seq = 3`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log WHERE seq = 3')).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await verifyAudit(t.db)).ok).toBe(true);
  });

  it('finds a row edited behind the trigger’s back, and a deleted one', async () => {
    // As superuser, switch the trigger off, edit and delete, switch it on again.
    await t.db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
      UPDATE audit_log SET after = jsonb_set(after, '{note}', '"改过的"') WHERE seq = 10;
      DELETE FROM audit_log WHERE seq = 4;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`);
    const v = await verifyAudit(t.db);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([{ kind: 'missing', seq: '4' }, { kind: 'tampered', from: '10', to: '10' }]);
  });
});
