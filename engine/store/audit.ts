/**
 * The append-only audit log. Each row's hash covers the previous row's hash and the row's
 * canonical content, so an edited, inserted or deleted row breaks the chain at that point.
 * Writers take a transaction-scoped advisory lock, so concurrent transactions append one after
 * the other and the chain never forks.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from './db.ts';
import { canonicalJson } from './canonical.ts';

const AUDIT_LOCK = 72_455_003;
export const GENESIS_HASH = '0'.repeat(64);

export type AuditSource = 'auto' | 'manual' | 'import';

export interface AuditEntry {
  /** Channel user id of the person, or `system`. */
  readonly actor: string;
  readonly source: AuditSource;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly at: Date;
}

const JsonValue = z.unknown();
const AuditRowSchema = z.object({
  seq: z.string().regex(/^\d+$/),
  at: z.date(),
  actor: z.string(),
  source: z.enum(['auto', 'manual', 'import']),
  action: z.string(),
  entity: z.string(),
  entity_id: z.string(),
  before: JsonValue,
  after: JsonValue,
  prev_hash: z.string(),
  hash: z.string(),
});
export type AuditRow = z.infer<typeof AuditRowSchema>;

/** The hash of one row: sha256 over the previous hash and the canonical content. */
export function auditHash(prevHash: string, seq: string, e: Omit<AuditEntry, 'at'> & { at: Date }): string {
  const content = canonicalJson({
    seq,
    at: e.at.toISOString(),
    actor: e.actor,
    source: e.source,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

const LastEntrySchema = z.object({ seq: z.string(), hash: z.string() });

/** Appends one entry; call inside the transaction that makes the change it records. */
export async function appendAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const last = await tx.query('SELECT a.seq::text AS seq, a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1');
  const prev = last.rows[0] ? LastEntrySchema.parse(last.rows[0]) : undefined;
  const seq = prev ? (BigInt(prev.seq) + 1n).toString() : '1';
  const prevHash = prev ? prev.hash : GENESIS_HASH;
  // Round the timestamp to what PostgreSQL keeps (microseconds ⊇ milliseconds), so verify agrees.
  const at = new Date(entry.at.getTime());
  const hash = auditHash(prevHash, seq, { ...entry, at });
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor, source, action, entity, entity_id, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11)`,
    [seq, at.toISOString(), entry.actor, entry.source, entry.action, entry.entity, entry.entityId,
      JSON.stringify(entry.before ?? null), JSON.stringify(entry.after ?? null), prevHash, hash],
  );
}

export type AuditProblem =
  | { kind: 'missing'; seq: string }
  | { kind: 'tampered'; seq: string }
  | { kind: 'broken_link'; seq: string };

export interface AuditVerification {
  readonly rows: number;
  readonly ok: boolean;
  readonly problems: AuditProblem[];
}

/** Re-computes the chain; names every row whose content, link or predecessor is wrong. */
export async function verifyAudit(db: Db, pageSize = 5000): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const page = await db.query(
      `SELECT seq::text AS seq, at, actor, source, action, entity, entity_id, before, after, prev_hash, hash
         FROM audit_log a WHERE a.seq >= $1 ORDER BY a.seq LIMIT $2`,
      [expectedSeq.toString(), pageSize],
    );
    if (page.rows.length === 0) break;
    for (const raw of page.rows) {
      const row = AuditRowSchema.parse(raw);
      const seq = BigInt(row.seq);
      for (let gap = expectedSeq; gap < seq; gap++) problems.push({ kind: 'missing', seq: gap.toString() });
      const recomputed = auditHash(row.prev_hash, row.seq, {
        actor: row.actor, source: row.source, action: row.action, entity: row.entity,
        entityId: row.entity_id, before: row.before, after: row.after, at: row.at,
      });
      if (recomputed !== row.hash) problems.push({ kind: 'tampered', seq: row.seq });
      else if (row.prev_hash !== prevHash && seq === expectedSeq) problems.push({ kind: 'broken_link', seq: row.seq });
      prevHash = row.hash;
      expectedSeq = seq + 1n;
      count++;
    }
  }
  return { rows: count, ok: problems.length === 0, problems };
}

/** The sequence number of the latest entry, '0' when the log is empty. */
export async function lastAuditSeq(db: Db): Promise<string> {
  const res = await db.query('SELECT max(seq)::text AS seq FROM audit_log');
  return z.object({ seq: z.string().nullable() }).parse(res.rows[0]).seq ?? '0';
}
