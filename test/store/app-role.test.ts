/**
 * Issue 15, part 2 on PostgreSQL: the owner / application role split (README, "Owner and
 * application role"). The owner (here the test's superuser) runs the migrations; the application
 * role gets what the assistant needs and no more: it works (an account added, its audit row
 * written and verified), but it cannot switch the audit log's triggers off, move the head, or
 * delete or truncate the log.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addAccount } from '../../engine/service/accounts.ts';
import { auditKey } from '../../engine/store/audit-key.ts';
import { verifyAudit } from '../../engine/store/audit-verify.ts';
import { withAudit, type Db } from '../../engine/store/db.ts';
import { openStore } from '../../engine/store/open.ts';
import { describeNeeding } from '../support/requires.ts';

const KEY = auditKey('r'.repeat(40));
const AT = new Date('2026-11-26T10:00:00Z');

/** What the application role is granted: the grants of the README's role split, in one schema. */
const grants = (schema: string, role: string): string => `
  CREATE ROLE ${role} LOGIN;
  GRANT USAGE ON SCHEMA ${schema} TO ${role};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role};
  REVOKE UPDATE, DELETE ON ${schema}.audit_log, ${schema}.audit_head FROM ${role};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role};
  ALTER ROLE ${role} SET search_path = ${schema}, public;`;

describeNeeding('postgresql', 'the application role on PostgreSQL', () => {
  const url = process.env.DATABASE_URL!;
  const suffix = randomBytes(5).toString('hex');
  const schema = `roles_${suffix}`;
  const role = `recon_app_test_${suffix}`;
  let owner: Db;
  let app: Db;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    owner = await openStore({ databaseUrl: url, schema });
    await admin(grants(schema, role));
    const appUrl = new URL(url);
    appUrl.username = role;
    appUrl.password = '';
    app = withAudit(await openStore({ databaseUrl: appUrl.toString() }), { key: KEY });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await owner?.close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP OWNED BY ${role}; DROP ROLE IF EXISTS ${role};`);
  });

  it('works under the application role: opens the migrated store, adds an account, writes and verifies its audit row', async () => {
    expect((await app.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u).toBe(role);
    await addAccount(app, { number: '6222001', name: '测试公司', currency: 'CNY' }, 'cli', AT);
    const v = await verifyAudit(app);
    expect(v).toMatchObject({ ok: true, rows: 1, problems: [] });
    expect((await app.query<{ seq: string }>('SELECT seq::text AS seq FROM audit_head')).rows[0]!.seq).toBe('1');
  });

  it('cannot disable the triggers, move the head, or delete or truncate the audit log', async () => {
    for (const sql of ['ALTER TABLE audit_log DISABLE TRIGGER ALL', 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update',
      'ALTER TABLE audit_head DISABLE TRIGGER ALL', 'ALTER TABLE audit_log DROP COLUMN os_user', 'DROP TRIGGER audit_log_no_update ON audit_log']) {
      await expect(app.query(sql), sql).rejects.toThrow(/must be owner/);
    }
    for (const sql of ['UPDATE audit_head SET seq = 0', 'DELETE FROM audit_log', 'TRUNCATE audit_log', `UPDATE audit_log SET actor = 'x'`]) {
      await expect(app.query(sql), sql).rejects.toThrow(/permission denied/);
    }
    expect((await verifyAudit(app)).ok).toBe(true);
  });
});
