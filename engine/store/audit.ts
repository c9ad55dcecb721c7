/**
 * The append-only audit log. Each row's hash covers the previous row's hash and the row's
 * canonical content, so an edited, inserted or deleted row breaks the chain at that point.
 * Since migration 080 (hash version 2) the hash is an HMAC-SHA256 with the key the Db's audit
 * context names (RECON_AUDIT_KEY), its id stored in the row, and it covers the OS user who ran
 * the command; without a key it is a plain sha256 (an unkeyed row). Rows from before keep their
 * version-1 hash. Writers take a transaction-scoped advisory lock, so concurrent transactions
 * append one after the other and the chain never forks; a trigger keeps the head (audit_head).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from './db.ts';
import { canonicalJson, storable } from './canonical.ts';
import { digest, type AuditKey } from './audit-key.ts';

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

/** What a version-2 hash covers besides the entry. */
export interface RowStamp {
  readonly seq: string;
  readonly keyId: string | null;
  readonly osUser: string | null;
}

function content(seq: string, e: AuditEntry): Record<string, unknown> {
  return {
    seq, at: e.at.toISOString(), actor: e.actor, source: e.source, action: e.action, entity: e.entity,
    entityId: e.entityId, before: e.before ?? null, after: e.after ?? null,
  };
}

/** The version-1 hash of the rows written before migration 080: sha256 over the previous hash and the content. */
export function legacyHash(prevHash: string, seq: string, e: AuditEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content(seq, e))).digest('hex');
}

/** The version-2 hash: HMAC-SHA256 with `key` (sha256 without), over the previous hash, the content, key id and OS user. */
export function rowHash(key: AuditKey | undefined, prevHash: string, stamp: RowStamp, e: AuditEntry): string {
  return digest(key, ['recon-audit-v2', prevHash, canonicalJson({ ...content(stamp.seq, e), keyId: stamp.keyId, osUser: stamp.osUser })]);
}

const LastEntrySchema = z.object({ seq: z.string(), hash: z.string() });

/** Appends one entry; call inside the transaction that makes the change it records. */
export async function appendAudit(tx: Db, given: AuditEntry): Promise<void> {
  // Hashed as stored: an actor or value holding half a surrogate pair is kept with U+FFFD in its place.
  const entry: AuditEntry = { ...storable({ ...given, at: undefined }), at: given.at };
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const last = await tx.query('SELECT a.seq::text AS seq, a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1');
  const prev = last.rows[0] ? LastEntrySchema.parse(last.rows[0]) : undefined;
  const seq = prev ? (BigInt(prev.seq) + 1n).toString() : '1';
  const prevHash = prev ? prev.hash : GENESIS_HASH;
  // Round the timestamp to what PostgreSQL keeps (microseconds ⊇ milliseconds), so verify agrees.
  const at = new Date(entry.at.getTime());
  const key = tx.audit?.key;
  const stamp: RowStamp = { seq, keyId: key?.id ?? null, osUser: tx.audit?.osUser ?? null };
  const hash = rowHash(key, prevHash, stamp, { ...entry, at });
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor, source, action, entity, entity_id, before, after, prev_hash, hash, hash_version, key_id, os_user)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, 2, $12, $13)`,
    [seq, at.toISOString(), entry.actor, entry.source, entry.action, entry.entity, entry.entityId,
      JSON.stringify(entry.before ?? null), JSON.stringify(entry.after ?? null), prevHash, hash, stamp.keyId, stamp.osUser],
  );
}

/** The sequence number of the latest entry, '0' when the log is empty. */
export async function lastAuditSeq(db: Db): Promise<string> {
  const res = await db.query('SELECT max(seq)::text AS seq FROM audit_log');
  return z.object({ seq: z.string().nullable() }).parse(res.rows[0]).seq ?? '0';
}

const HeadSchema = z.object({ seq: z.string(), hash: z.string(), legacy_through: z.string() });
export type AuditHead = z.infer<typeof HeadSchema>;

/** The head the database keeps (audit_head, moved by a trigger on every insert). */
export async function auditHead(db: Db): Promise<AuditHead | null> {
  const res = await db.query('SELECT seq::text AS seq, hash, legacy_through::text AS legacy_through FROM audit_head');
  return res.rows[0] ? HeadSchema.parse(res.rows[0]) : null;
}

/** The last row's seq and hash ('0' and the genesis hash for an empty log). */
export async function lastAuditRow(db: Db): Promise<{ seq: string; hash: string }> {
  const res = await db.query('SELECT a.seq::text AS seq, a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1');
  return res.rows[0] ? LastEntrySchema.parse(res.rows[0]) : { seq: '0', hash: GENESIS_HASH };
}
