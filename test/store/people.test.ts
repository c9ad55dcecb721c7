import { afterEach, beforeEach, expect, it } from 'vitest';
import { approve, propose, reject } from '../../engine/service/resolve.ts';
import { getDifference } from '../../engine/service/differences.ts';
import { listPendingApprovals } from '../../engine/service/approvals.ts';
import { addUser, findUserByChannelId, linkIdentity, listPeople, roleOf, unlinkIdentity } from '../../engine/service/users.ts';
import { migrate } from '../../engine/store/migrate.ts';
import { describeEngines } from '../support/requires.ts';
import { openMigratedBefore, openTestDb, type TestDb } from './support/db.ts';
import { AT, seed } from './support/fixtures.ts';
import { runOctober } from './support/pair.ts';

const AAD = '0f3c2a9e-51d4-4b7a-9c1e-2d8f6a4b3c10';

describeEngines('people and their channel identities on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  it('the same person under two channel ids cannot approve their own proposal; another person can', async () => {
    // 李四 (approver) is u-appr in Web Chat and AAD in Teams.
    expect(await linkIdentity(t.db, { to: 'u-appr', kind: 'aad', id: AAD }, 'admin', AT)).toMatchObject({ changed: true });
    const fee = (await runOctober(t.db)).bank_only_debit!;
    await propose(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT, resolution: { kind: 'write_off', reason: '小额手续费核销' } });
    expect((await listPendingApprovals(t.db, AAD)).map((p) => p.difference.id)).not.toContain(fee.id);
    expect((await listPendingApprovals(t.db, 'u-appr2')).map((p) => p.difference.id)).toContain(fee.id);
    await expect(approve(t.db, { differenceId: fee.id, actor: AAD, at: AT })).rejects.toMatchObject({ code: 'STORE.SELF_APPROVAL', message: expect.stringContaining('李四') });
    await expect(reject(t.db, { differenceId: fee.id, actor: AAD, comment: '不行', at: AT })).rejects.toMatchObject({ code: 'STORE.SELF_APPROVAL' });
    expect(await approve(t.db, { differenceId: fee.id, actor: 'u-appr2', at: AT })).toMatchObject({ state: 'closed' });
    const [r] = (await getDifference(t.db, fee.id)).resolutions;
    const li = await findUserByChannelId(t.db, AAD);
    const wang = await findUserByChannelId(t.db, 'u-appr2');
    expect(r).toMatchObject({ proposedBy: 'u-appr', proposedPerson: li!.personId, decidedBy: 'u-appr2', decidedPerson: wang!.personId });
  });

  it('the database itself refuses a decision by the proposing person', async () => {
    const fee = (await runOctober(t.db)).bank_only_debit!;
    await propose(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT, resolution: { kind: 'bank_error', reason: '银行错扣' } });
    await expect(t.db.query(`UPDATE resolutions SET decided_by = 'x', decided_person = proposed_person, decision = 'approved'`)).rejects.toThrow(/resolutions_other_person/);
  });

  it("a person's role applies under each identity; the lines they posted under any identity bar them (segregation)", async () => {
    await linkIdentity(t.db, { to: 'u-appr', kind: 'webchat', id: 'li.si@branch.example' }, 'admin', AT);
    expect(await roleOf(t.db, 'li.si@branch.example')).toBe('approver');
    await addUser(t.db, { channelUserId: 'li.si@branch.example', name: '李四', role: 'admin' }, 'admin', AT);
    expect(await roleOf(t.db, 'u-appr')).toBe('admin');
    // The lines were posted under the Web Chat id; approving under the other identity is still refused.
    const fee = (await runOctober(t.db, 'li.si@branch.example')).bank_only_debit!;
    await propose(t.db, { differenceId: fee.id, actor: 'u-staff', at: AT, resolution: { kind: 'bank_error', reason: '银行错扣' } });
    await expect(approve(t.db, { differenceId: fee.id, actor: 'u-appr', at: AT })).rejects.toMatchObject({ code: 'STORE.SEGREGATION' });
    expect(await approve(t.db, { differenceId: fee.id, actor: 'u-appr2', at: AT })).toMatchObject({ state: 'closed' });
  });

  it('links, refuses to move an identity to somebody else, lists and unlinks', async () => {
    const zhang = (await findUserByChannelId(t.db, 'u-staff'))!;
    expect(await linkIdentity(t.db, { person: zhang.personId, kind: 'aad', id: AAD }, 'admin', AT)).toEqual({ personId: zhang.personId, changed: true });
    expect(await linkIdentity(t.db, { to: 'u-staff', kind: 'aad', id: AAD }, 'admin', AT)).toEqual({ personId: zhang.personId, changed: false });
    await expect(linkIdentity(t.db, { to: 'u-appr', kind: 'aad', id: AAD }, 'admin', AT)).rejects.toMatchObject({ code: 'STORE.IDENTITY_TAKEN' });
    // Adding "a user" under a taken id changes that person; it never makes a second person.
    await expect(addUser(t.db, { channelUserId: AAD, name: '张三', role: 'staff' }, 'admin', AT)).resolves.toBe(false);
    await expect(linkIdentity(t.db, { person: '999999', kind: 'webchat', id: 'x' }, 'admin', AT)).rejects.toMatchObject({ code: 'STORE.UNKNOWN_PERSON' });
    await expect(linkIdentity(t.db, { person: zhang.personId, to: 'u-staff', kind: 'webchat', id: 'x' }, 'admin', AT)).rejects.toMatchObject({ code: 'STORE.BAD_INPUT' });
    const people = await listPeople(t.db);
    expect(people.find((p) => p.id === zhang.personId)).toEqual({ id: zhang.personId, name: '张三', role: 'staff', identities: [{ kind: 'aad', id: AAD }, { kind: 'webchat', id: 'u-staff' }] });
    expect(await unlinkIdentity(t.db, AAD, 'admin', AT)).toBe(true);
    expect(await unlinkIdentity(t.db, AAD, 'admin', AT)).toBe(false);
    expect(await findUserByChannelId(t.db, AAD)).toBeNull();
    const actions = (await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'person' ORDER BY seq`)).rows.map((r) => r.action);
    expect(actions.filter((a) => a.startsWith('person.'))).toEqual(['person.link', 'person.unlink']);
  });
});


describeEngines('migration 050 carries users over to people on %s', (engine) => {
  // Every migration runs in its own transaction: slow on a loaded machine.
  it('makes one person and one identity per old user; their proposals and decisions still resolve', { timeout: 120_000 }, async () => {
    const { db, drop } = await openMigratedBefore(engine, '050');
    try {
      await db.exec(`
        INSERT INTO accounts (number, name, currency) VALUES ('6222001', '测试公司', 'CNY');
        INSERT INTO users (channel_user_id, name, role) VALUES ('u-staff', '张三', 'staff'), ('${AAD}', '李四', 'approver'), ('u-appr2', '王五', 'approver');
        INSERT INTO runs (account, period, date_from, date_to, run_by, started_at, options, report)
          VALUES ('6222001', '2026-10', '2026-10-01', '2026-10-31', 'u-staff', now(), '{}', '{}');
        INSERT INTO differences (account, run_id, kind, side, amount, bank_ids, ledger_ids, state, version, last_actor, created_at, updated_at)
          VALUES ('6222001', 1, 'bank_only_debit', 'bank', -5, '{}', '{}', 'proposed', 4, 'u-staff', now(), now());
        INSERT INTO resolutions (difference_id, kind, reason, proposed_by, proposed_at, decision, decided_by, decided_at, comment)
          VALUES (1, 'bank_error', '第一次', 'u-staff', now(), 'rejected', '${AAD}', now(), '请附回单');
        INSERT INTO resolutions (difference_id, kind, reason, proposed_by, proposed_at) VALUES (1, 'bank_error', '第二次', 'u-staff', now());
      `);
      expect(await migrate(db)).toContain('050_people');
      const people = await listPeople(db);
      expect(people.map((p) => [p.name, p.role, p.identities])).toEqual([
        ['李四', 'approver', [{ kind: 'aad', id: AAD }]],
        ['王五', 'approver', [{ kind: 'webchat', id: 'u-appr2' }]],
        ['张三', 'staff', [{ kind: 'webchat', id: 'u-staff' }]],
      ]);
      const zhang = (await findUserByChannelId(db, 'u-staff'))!;
      const li = (await findUserByChannelId(db, AAD))!;
      const d = await getDifference(db, '1');
      expect(d.lastActorName).toBe('张三');
      expect(d.resolutions).toMatchObject([
        { reason: '第一次', proposedBy: 'u-staff', proposedPerson: zhang.personId, decidedBy: AAD, decidedPerson: li.personId },
        { reason: '第二次', proposedBy: 'u-staff', proposedPerson: zhang.personId, decidedBy: null, decidedPerson: null },
      ]);
      // The carried-over proposal is decided per person: 张三 under a new identity may not, 李四 may.
      await linkIdentity(db, { to: 'u-staff', kind: 'wecom', id: 'zhangsan' }, 'admin', AT);
      await addUser(db, { channelUserId: 'zhangsan', name: '张三', role: 'approver' }, 'admin', AT);
      await expect(approve(db, { differenceId: '1', actor: 'zhangsan', at: AT })).rejects.toMatchObject({ code: 'STORE.SELF_APPROVAL' });
      expect(await approve(db, { differenceId: '1', actor: AAD, version: 4, at: AT })).toMatchObject({ state: 'closed' });
      expect(await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'users' AND table_schema = current_schema()`)).toMatchObject({ rows: [] });
    } finally {
      await drop();
    }
  });
});
