/**
 * Issue 15, part 2: an audit log whose rows are keyed (HMAC-SHA256, RECON_AUDIT_KEY) and whose
 * head is anchored (audit_head inside the database, signed checkpoints outside it). Each attack is
 * made the way an owner of the database could (triggers off), and each is found with its own
 * problem and its own line from `recon audit verify`; the rows from before migration 080 still verify.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appendAudit, legacyHash, rowHash, GENESIS_HASH, type AuditEntry } from '../../engine/store/audit.ts';
import { auditKey } from '../../engine/store/audit-key.ts';
import { makeCheckpoint, takeCheckpoint, type Checkpoint } from '../../engine/store/audit-checkpoint.ts';
import { verifyAudit } from '../../engine/store/audit-verify.ts';
import { withAudit, type Db } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';
import { runRecon } from '../support/cli.ts';
import { describeEngines } from '../support/requires.ts';
import { openMigratedBefore, openTestDb, type TestDb } from './support/db.ts';

const KEY = auditKey('k'.repeat(40));
const OTHER = auditKey('o'.repeat(40));
const AT = new Date('2026-11-26T10:00:00Z');
const ROWS = 20;
const dir = mkdtempSync(join(tmpdir(), 'recon-audit-'));

const entry = (i: number): AuditEntry => ({ actor: 'u-staff', source: 'manual', action: 'test.note', entity: 'note', entityId: String(i), before: null, after: { i }, at: AT });

async function appendRows(db: Db, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) await db.transaction((tx) => appendAudit(tx, entry(i)));
}

/** As the owner: `sql` with every user trigger of the audit tables off. */
async function behindTriggers(db: Db, sql: string): Promise<void> {
  await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; ALTER TABLE audit_head DISABLE TRIGGER USER;
    ${sql}
    ALTER TABLE audit_log ENABLE TRIGGER USER; ALTER TABLE audit_head ENABLE TRIGGER USER;`);
}

/** Moves the database's head back to row `seq`, as someone covering their tracks would. */
const headTo = async (db: Db, seq: number): Promise<void> =>
  behindTriggers(db, seq === 0 ? `UPDATE audit_head SET seq = 0, hash = '${GENESIS_HASH}';`
    : `UPDATE audit_head SET (seq, hash) = (SELECT seq, hash FROM audit_log WHERE seq = ${seq});`);

/** Rewrites rows `from`.. with `key`'s hashes (undefined: unkeyed), row `from` with other content. */
async function rewriteFrom(db: Db, from: number, key: typeof KEY | undefined, keyIdClaimed: string | null): Promise<void> {
  const rows = (await db.query<{ seq: string; prev_hash: string; at: Date; os_user: string | null }>(
    'SELECT seq::text AS seq, prev_hash, at, os_user FROM audit_log WHERE seq >= $1 ORDER BY audit_log.seq', [from])).rows;
  let prev = rows[0]!.prev_hash;
  const updates: string[] = [];
  for (const r of rows) {
    const e = { ...entry(Number(r.seq)), at: r.at, ...(Number(r.seq) === from ? { after: { i: 'forged' } } : {}) };
    const hash = rowHash(key, prev, { seq: r.seq, keyId: keyIdClaimed, osUser: r.os_user }, e);
    updates.push(`UPDATE audit_log SET after = '${JSON.stringify(e.after)}', prev_hash = '${prev}', hash = '${hash}', key_id = ${keyIdClaimed === null ? 'NULL' : `'${keyIdClaimed}'`} WHERE seq = ${r.seq};`);
    prev = hash;
  }
  await behindTriggers(db, updates.join('\n'));
}

describeEngines('the keyed, anchored audit log on %s', (engine) => {
  let t: TestDb;
  let db: Db;
  let checkpoint: Checkpoint;
  let file: string;
  beforeEach(async () => {
    t = await openTestDb(engine);
    db = withAudit(t.db, { key: KEY, osUser: 'alice' });
    await appendRows(db, ROWS);
    checkpoint = await takeCheckpoint(db, AT);
    file = join(dir, `cp-${randomBytes(4).toString('hex')}.jsonl`);
    writeFileSync(file, `${JSON.stringify(checkpoint)}\n`);
  }, 120_000);
  afterEach(async () => t.drop());

  const verifyLine = async (...args: string[]): Promise<{ code: number; out: string }> => {
    const r = await runRecon(['audit', 'verify', ...args], { db, now: AT });
    return { code: r.code, out: r.stdout };
  };

  it('keys every row, names the OS user, verifies, and signs its checkpoint', async () => {
    const rows = await db.query<{ key_id: string; os_user: string; hash_version: number }>('SELECT key_id, os_user, hash_version FROM audit_log');
    expect(new Set(rows.rows.map((r) => `${r.hash_version}:${r.key_id}:${r.os_user}`))).toEqual(new Set([`2:${KEY.id}:alice`]));
    expect(await verifyAudit(db, { checkpoints: [checkpoint] })).toMatchObject({ rows: ROWS, ok: true, problems: [], warnings: [] });
    expect(checkpoint).toMatchObject({ seq: String(ROWS), keyId: KEY.id });
    expect(await verifyLine('--checkpoint', file)).toEqual({ code: 0, out: `审计日志完好：共 ${ROWS} 条，哈希链校验通过。\n` });
  });

  it('a deleted last row: found by the head, and by a checkpoint when the head was moved back too', async () => {
    await behindTriggers(db, `DELETE FROM audit_log WHERE seq = ${ROWS};`);
    expect((await verifyAudit(db)).problems).toEqual([{ kind: 'tail_deleted', from: '20', to: '20', by: 'head' }]);
    await headTo(db, ROWS - 1);
    expect((await verifyAudit(db)).ok).toBe(true);
    expect((await verifyAudit(db, { checkpoints: [checkpoint] })).problems).toEqual([{ kind: 'tail_deleted', from: '20', to: '20', by: 'checkpoint', at: AT.toISOString() }]);
    const r = await verifyLine('--checkpoint', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`最后一条记录（第 20 条）被删除：${AT.toISOString()} 的检查点记录到第 20 条，表中只到第 19 条`);
  });

  it('the last ten rows deleted, head moved back: found by the checkpoint', async () => {
    await behindTriggers(db, `DELETE FROM audit_log WHERE seq > ${ROWS - 10};`);
    await headTo(db, ROWS - 10);
    expect((await verifyAudit(db, { checkpoints: [checkpoint] })).problems).toEqual([{ kind: 'tail_deleted', from: '11', to: '20', by: 'checkpoint', at: AT.toISOString() }]);
    const r = await runRecon(['audit', 'verify', '--checkpoint', file, '--lang', 'en'], { db, now: AT });
    expect(r.stdout).toContain('the last 10 rows (rows 11–20) were deleted');
  });

  it('rewritten from row 3 without the key: rows 3–20 fail their hashes; with the key and the head moved: the checkpoint disagrees', async () => {
    await rewriteFrom(db, 3, OTHER, KEY.id);
    // The database's head still holds row 20's old hash.
    expect((await verifyAudit(db)).problems).toEqual([{ kind: 'tampered', from: '3', to: '20' }, { kind: 'rewritten', seq: '20', by: 'head' }]);
    expect((await verifyLine()).out).toContain('第 3–20 条与各自的哈希不符：日志从第 3 条起被改写');
    // An insider with the key: a consistent chain, and the head moved with it.
    await rewriteFrom(db, 3, KEY, KEY.id);
    await headTo(db, ROWS);
    expect((await verifyAudit(db)).problems).toEqual([]);
    expect((await verifyAudit(db, { checkpoints: [checkpoint] })).problems).toEqual([{ kind: 'rewritten', seq: '20', by: 'checkpoint', at: AT.toISOString() }]);
    expect((await verifyLine('--checkpoint', file)).out).toContain('第 20 条的哈希与');
    // Without the key, unkeyed hashes after keyed rows: a downgrade.
    await rewriteFrom(db, 3, undefined, null);
    expect((await verifyAudit(db)).problems.slice(0, 2)).toEqual([{ kind: 'downgraded', seq: '3' }, { kind: 'downgraded', seq: '4' }]);
  });

  it('an emptied table: found by the head, and by the checkpoint when the head was reset too', async () => {
    await behindTriggers(db, 'DELETE FROM audit_log;');
    expect((await verifyAudit(db)).problems).toEqual([{ kind: 'emptied', rows: '20', by: 'head' }]);
    await headTo(db, 0);
    expect((await verifyAudit(db, { checkpoints: [checkpoint] })).problems).toEqual([{ kind: 'emptied', rows: '20', by: 'checkpoint', at: AT.toISOString() }]);
    const r = await verifyLine('--checkpoint', file);
    expect(r).toEqual({ code: 1, out: `审计日志校验失败（共 0 条）：\n  审计日志被清空：表中没有任何记录，但${AT.toISOString()} 的检查点记录了 20 条\n` });
  });

  it('a wrong key: the rows name another key, and the checkpoint’s signature is not the configured key’s', async () => {
    const wrong = withAudit(t.db, { key: OTHER });
    const v = await verifyAudit(wrong, { checkpoints: [checkpoint] });
    expect(v.problems).toEqual([
      { kind: 'unknown_key', keyId: KEY.id, from: '1', to: '20', rows: 20, configured: OTHER.id },
      { kind: 'checkpoint_untrusted', at: AT.toISOString(), why: 'unknown_key' },
    ]);
    const r = await runRecon(['audit', 'verify', '--lang', 'en'], { db: wrong, now: AT });
    expect(r.stdout).toContain(`rows 1–20 (20) are keyed with key ${KEY.id}, but the configured key is ${OTHER.id}: wrong key`);
    // After a rotation the old key verifies the old rows.
    const rotated = withAudit(t.db, { key: OTHER, oldKeys: [KEY] });
    await appendRows(rotated, 2);
    expect(await verifyAudit(rotated, { checkpoints: [checkpoint] })).toMatchObject({ ok: true, rows: 22 });
  });

  it('a forged checkpoint is refused; --since-checkpoint checks only what came after the last one', async () => {
    const forged = { ...makeCheckpoint(KEY, '25', 'f'.repeat(64), AT), sig: 'a'.repeat(64) };
    expect((await verifyAudit(db, { checkpoints: [forged] })).problems).toEqual([{ kind: 'checkpoint_untrusted', at: AT.toISOString(), why: 'bad_signature' }]);
    await appendRows(db, 3);
    const r = await runRecon(['audit', 'verify', '--since-checkpoint'], { db, now: AT, auditCheckpointFile: file });
    expect(r).toMatchObject({ code: 0, stdout: '审计日志完好：共 3 条，哈希链校验通过。\n' });
    const taken = await runRecon(['audit', 'checkpoint', '--json'], { db, now: AT, auditCheckpointFile: file });
    expect(JSON.parse(taken.stdout)).toMatchObject({ seq: '23', keyId: KEY.id });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});


describeEngines('rows from before migration 080 on %s', (engine) => {
  it('still verify; keyed rows follow them; an old-format row written after the migration is forged', { timeout: 120_000 }, async () => {
    const { db: raw, drop } = await openMigratedBefore(engine, '080');
    try {
      let prev = GENESIS_HASH;
      for (let i = 1; i <= 3; i++) {
        const hash = legacyHash(prev, String(i), entry(i));
        await raw.query(`INSERT INTO audit_log (seq, at, actor, source, action, entity, entity_id, before, after, prev_hash, hash)
          VALUES ($1, $2, 'u-staff', 'manual', 'test.note', 'note', $3, 'null', $4::jsonb, $5, $6)`, [i, AT.toISOString(), String(i), JSON.stringify({ i }), prev, hash]);
        prev = hash;
      }
      await migrate(raw);
      const db = withAudit(raw, { key: KEY });
      await appendRows(db, 2);
      expect(await verifyAudit(db)).toMatchObject({ ok: true, rows: 5, warnings: [{ kind: 'legacy', rows: 3 }] });
      const last = (await db.query<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = 5')).rows[0]!.hash;
      await db.query(`INSERT INTO audit_log (seq, at, actor, source, action, entity, entity_id, before, after, prev_hash, hash, hash_version)
        VALUES (6, $1, 'u-staff', 'manual', 'test.note', 'note', '6', 'null', $2::jsonb, $3, $4, 1)`, [AT.toISOString(), JSON.stringify({ i: 6 }), last, legacyHash(last, '6', entry(6))]);
      expect((await verifyAudit(db)).problems).toEqual([{ kind: 'legacy_forged', seq: '6' }]);
    } finally {
      await drop();
    }
  });
});
