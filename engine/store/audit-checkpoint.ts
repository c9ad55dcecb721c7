/**
 * Checkpoints of the audit log's head: sequence number, hash, time, key id and an HMAC over them
 * with the audit key. Kept outside the database (a file, the daily summary, the output of `recon
 * audit checkpoint`), they anchor the head: a deleted tail, an emptied table or a chain rewritten
 * by someone who also moved audit_head still disagrees with a checkpoint taken before.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { EngineError } from '../errors.ts';
import type { AuditKey, Db } from './db.ts';
import { digest } from './audit-key.ts';
import { lastAuditRow } from './audit.ts';

export const CheckpointSchema = z.object({
  type: z.literal('recon-audit-checkpoint'),
  seq: z.string().regex(/^\d{1,19}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().datetime(),
  keyId: z.string().nullable(),
  sig: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

function signature(key: AuditKey, seq: string, hash: string, at: string): string {
  return digest(key, ['recon-audit-checkpoint', seq, hash, at, key.id]);
}

/** A checkpoint of the head `seq`/`hash` at `at`, signed with `key` (unsigned without one). */
export function makeCheckpoint(key: AuditKey | undefined, seq: string, hash: string, at: Date): Checkpoint {
  const iso = at.toISOString();
  return { type: 'recon-audit-checkpoint', seq, hash, at: iso, keyId: key?.id ?? null, sig: key ? signature(key, seq, hash, iso) : null };
}

/** A checkpoint of the log's head now, signed with the Db's audit key. */
export async function takeCheckpoint(db: Db, at: Date): Promise<Checkpoint> {
  const head = await lastAuditRow(db);
  return makeCheckpoint(db.audit?.key, head.seq, head.hash, at);
}

/** Why a checkpoint cannot be believed: unsigned (no key then), signed with a key not configured, or a signature that does not verify. */
export function checkpointTrust(cp: Checkpoint, keys: ReadonlyMap<string, AuditKey>): 'signed' | 'unsigned' | 'unknown_key' | 'bad_signature' {
  if (cp.keyId === null || cp.sig === null) return 'unsigned';
  const key = keys.get(cp.keyId);
  if (!key) return 'unknown_key';
  const expected = Buffer.from(signature(key, cp.seq, cp.hash, cp.at), 'hex');
  return timingSafeEqual(expected, Buffer.from(cp.sig, 'hex')) ? 'signed' : 'bad_signature';
}

/** One JSON line per checkpoint (blank lines skipped); a line that is not one is STORE.BAD_CHECKPOINT naming file and line. */
export function parseCheckpoints(text: string, file: string): Checkpoint[] {
  const out: Checkpoint[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    const cp = CheckpointSchema.safeParse(parsed);
    if (!cp.success) throw new EngineError('STORE.BAD_CHECKPOINT', `${file}:${i + 1}: not an audit checkpoint`, { file, line: i + 1 });
    out.push(cp.data);
  });
  return out;
}
