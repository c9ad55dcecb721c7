/**
 * An actor or value holding half a UTF-16 surrogate pair, or a NUL, as a hostile client could send
 * in a user id: the row is stored with U+FFFD in its place, hashed as stored, and the log still
 * verifies. (Found by the hostile-HTTP round of 2026-12-05: `u\ud800` made `recon audit verify`
 * report the log rewritten from that row on, for good, since the log is append-only.)
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appendAudit } from '../../engine/store/audit.ts';
import { auditKey } from '../../engine/store/audit-key.ts';
import { verifyAudit } from '../../engine/store/audit-verify.ts';
import { withAudit, type Db } from '../../engine/store/db.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';

const AT = new Date('2026-12-05T02:00:00Z');

describeEngines('odd text in the audit log on %s', (engine) => {
  let t: TestDb;
  let db: Db;
  beforeEach(async () => {
    t = await openTestDb(engine);
    db = withAudit(t.db, { key: auditKey('k'.repeat(40)), osUser: 'alice' });
  }, 120_000);
  afterEach(async () => t.drop());

  it('a lone surrogate or a NUL in the actor or the values is stored as U+FFFD and the log verifies', async () => {
    for (const actor of ['u\ud800', 'u\udc00x', 'a\u0000b', 'fine-user'])
      await db.transaction((tx) => appendAudit(tx, { actor, source: 'manual', action: 'status.view', entity: 'conversation', entityId: `c-${actor}`, before: null, after: { said: `${actor} \ud83d`, nested: [`\u0000`] }, at: AT }));
    const v = await verifyAudit(db);
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.rows).toBe(4);
    const actors = (await db.query<{ actor: string }>('SELECT actor FROM audit_log ORDER BY seq')).rows.map((r) => r.actor);
    expect(actors).toEqual(['u\uFFFD', 'u\uFFFDx', 'a\uFFFDb', 'fine-user']);
    // A proper pair (an emoji) is kept as it is.
    await db.transaction((tx) => appendAudit(tx, { actor: 'emoji-😀', source: 'manual', action: 'status.view', entity: 'conversation', entityId: 'c', before: null, after: null, at: AT }));
    expect((await verifyAudit(db)).ok).toBe(true);
    expect((await db.query<{ actor: string }>('SELECT actor FROM audit_log WHERE seq = 5')).rows[0]?.actor).toBe('emoji-😀');
  });
});
