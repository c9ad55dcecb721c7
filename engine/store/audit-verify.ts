/**
 * Checking the audit log (`recon audit verify`): every row's hash under its version and key, the
 * links between rows, and the head against its anchors — the head the database keeps
 * (audit_head) and the checkpoints kept outside it. Each way the log can be damaged is its own
 * problem, so the person is told which: a row changed or the chain rewritten from a row on, rows
 * missing inside or at the end, an emptied table, a wrong key, a forged checkpoint.
 */
import { z } from 'zod';
import type { AuditKey, Db } from './db.ts';
import { auditHead, GENESIS_HASH, legacyHash, rowHash, type AuditEntry } from './audit.ts';
import { checkpointTrust, type Checkpoint } from './audit-checkpoint.ts';

/** Where an anchor of the head comes from: the database's own head row, or a checkpoint taken at `at`. */
export type AnchorSource = { by: 'head' } | { by: 'checkpoint'; at: string };

export type AuditProblem =
  | { kind: 'missing'; seq: string }
  | { kind: 'tampered'; from: string; to: string }
  | { kind: 'broken_link'; seq: string }
  | { kind: 'legacy_forged'; seq: string }
  | { kind: 'downgraded'; seq: string }
  | { kind: 'unknown_key'; keyId: string; from: string; to: string; rows: number; configured: string | null }
  | ({ kind: 'tail_deleted'; from: string; to: string } & AnchorSource)
  | ({ kind: 'emptied'; rows: string } & AnchorSource)
  | ({ kind: 'rewritten'; seq: string } & AnchorSource)
  | { kind: 'head_behind'; head: string; last: string }
  | { kind: 'head_missing' }
  | { kind: 'checkpoint_untrusted'; at: string; why: 'unknown_key' | 'bad_signature' };

export type AuditWarning = { kind: 'unkeyed'; rows: number } | { kind: 'unsigned_checkpoint'; at: string } | { kind: 'legacy'; rows: number };

export interface AuditVerification {
  /** Rows checked (from the start checkpoint on with `since`). */
  readonly rows: number;
  readonly ok: boolean;
  readonly problems: AuditProblem[];
  readonly warnings: AuditWarning[];
  /** The last row checked: what a checkpoint taken now would anchor. */
  readonly last: { seq: string; hash: string };
}

export interface VerifyOptions {
  /** Checkpoints to hold the log against (a file's lines). */
  readonly checkpoints?: readonly Checkpoint[];
  /** Start after this checkpoint instead of at row 1 (`--since-checkpoint`). */
  readonly since?: Checkpoint;
  readonly pageSize?: number;
}

const RowSchema = z.object({
  seq: z.string().regex(/^\d+$/), at: z.date(), actor: z.string(), source: z.enum(['auto', 'manual', 'import']), action: z.string(),
  entity: z.string(), entity_id: z.string(), before: z.unknown(), after: z.unknown(), prev_hash: z.string(), hash: z.string(),
  hash_version: z.number(), key_id: z.string().nullable(), os_user: z.string().nullable(),
});
type Row = z.infer<typeof RowSchema>;

/** Every key the Db's audit context knows, by id: the current one and those before a rotation. */
function keysOf(db: Db): Map<string, AuditKey> {
  const keys = new Map<string, AuditKey>();
  for (const k of [...(db.audit?.oldKeys ?? []), ...(db.audit?.key ? [db.audit.key] : [])]) keys.set(k.id, k);
  return keys;
}

/** What is learnt walking the chain row by row. */
class Walk {
  readonly problems: AuditProblem[] = [];
  rows = 0;
  unkeyed = 0;
  legacy = 0;
  private sawKeyed = false;
  private readonly unknown = new Map<string, { from: string; to: string; rows: number }>();

  constructor(
    private readonly keys: ReadonlyMap<string, AuditKey>,
    private readonly legacyThrough: bigint,
    private readonly configured: string | null,
    public expectedSeq: bigint,
    public prevHash: string,
  ) {}

  /** The row's hash recomputed under its version and key; null when its key is not configured. */
  private recompute(row: Row, entry: AuditEntry): string | null {
    if (row.hash_version === 1) {
      this.legacy++;
      if (BigInt(row.seq) > this.legacyThrough) this.problems.push({ kind: 'legacy_forged', seq: row.seq });
      return legacyHash(row.prev_hash, row.seq, entry);
    }
    const stamp = { seq: row.seq, keyId: row.key_id, osUser: row.os_user };
    if (row.key_id === null) {
      this.unkeyed++;
      if (this.sawKeyed) this.problems.push({ kind: 'downgraded', seq: row.seq });
      return rowHash(undefined, row.prev_hash, stamp, entry);
    }
    this.sawKeyed = true;
    const key = this.keys.get(row.key_id);
    if (key) return rowHash(key, row.prev_hash, stamp, entry);
    const u = this.unknown.get(row.key_id);
    this.unknown.set(row.key_id, u ? { ...u, to: row.seq, rows: u.rows + 1 } : { from: row.seq, to: row.seq, rows: 1 });
    return null;
  }

  see(row: Row): void {
    const seq = BigInt(row.seq);
    for (let gap = this.expectedSeq; gap < seq; gap++) this.problems.push({ kind: 'missing', seq: gap.toString() });
    const entry: AuditEntry = {
      actor: row.actor, source: row.source, action: row.action, entity: row.entity, entityId: row.entity_id, before: row.before, after: row.after, at: row.at,
    };
    const recomputed = this.recompute(row, entry);
    if (recomputed !== null && recomputed !== row.hash) this.tampered(row.seq);
    else if (row.prev_hash !== this.prevHash && seq === this.expectedSeq) this.problems.push({ kind: 'broken_link', seq: row.seq });
    this.prevHash = row.hash;
    this.expectedSeq = seq + 1n;
    this.rows++;
  }

  /** Consecutive altered rows are one problem: a chain rewritten from a row on is one range. */
  private tampered(seq: string): void {
    const last = this.problems.at(-1);
    if (last?.kind === 'tampered' && BigInt(last.to) + 1n === BigInt(seq)) last.to = seq;
    else this.problems.push({ kind: 'tampered', from: seq, to: seq });
  }

  finish(): void {
    for (const [keyId, u] of this.unknown) this.problems.push({ kind: 'unknown_key', keyId, ...u, configured: this.configured });
  }
}

async function walkRows(db: Db, walk: Walk, pageSize: number): Promise<void> {
  for (;;) {
    const page = await db.query(
      `SELECT seq::text AS seq, at, actor, source, action, entity, entity_id, before, after, prev_hash, hash, hash_version::int AS hash_version, key_id, os_user
         FROM audit_log a WHERE a.seq >= $1 ORDER BY a.seq LIMIT $2`,
      [walk.expectedSeq.toString(), pageSize],
    );
    if (page.rows.length === 0) return;
    for (const raw of page.rows) walk.see(RowSchema.parse(raw));
  }
}

/** The hashes of the rows with these sequence numbers. */
async function hashesAt(db: Db, seqs: readonly string[]): Promise<Map<string, string>> {
  if (seqs.length === 0) return new Map();
  const res = await db.query<{ seq: string; hash: string }>('SELECT seq::text AS seq, hash FROM audit_log WHERE seq = ANY($1::bigint[])', [seqs]);
  return new Map(res.rows.map((r) => [r.seq, r.hash]));
}

interface Anchor {
  readonly seq: string;
  readonly hash: string;
  readonly source: AnchorSource;
}

/** A deleted tail, an emptied table or a rewritten chain: an anchor the rows no longer agree with. */
function anchorProblems(anchors: readonly Anchor[], last: string, total: number, hashes: ReadonlyMap<string, string>): AuditProblem[] {
  const out: AuditProblem[] = [];
  const deleted = anchors.filter((a) => BigInt(a.seq) > BigInt(last)).sort((a, b) => (BigInt(b.seq) > BigInt(a.seq) ? 1 : -1))[0];
  if (deleted && total === 0) out.push({ kind: 'emptied', rows: deleted.seq, ...deleted.source });
  else if (deleted) out.push({ kind: 'tail_deleted', from: (BigInt(last) + 1n).toString(), to: deleted.seq, ...deleted.source });
  for (const a of anchors) {
    const hash = hashes.get(a.seq);
    if (BigInt(a.seq) > 0n && BigInt(a.seq) <= BigInt(last) && hash !== undefined && hash !== a.hash) out.push({ kind: 'rewritten', seq: a.seq, ...a.source });
  }
  return out;
}

/** Re-computes the chain and holds it against its anchors; names every problem found, and warns about unkeyed rows. */
export async function verifyAudit(db: Db, options: VerifyOptions = {}): Promise<AuditVerification> {
  const keys = keysOf(db);
  const head = await auditHead(db);
  const since = options.since;
  const walk = new Walk(keys, head ? BigInt(head.legacy_through) : 2n ** 63n, db.audit?.key?.id ?? null,
    since ? BigInt(since.seq) + 1n : 1n, since ? since.hash : GENESIS_HASH);
  await walkRows(db, walk, options.pageSize ?? 5000);
  walk.finish();
  const problems = [...walk.problems];
  const warnings: AuditWarning[] = [];
  const anchors: Anchor[] = [];
  if (head) anchors.push({ seq: head.seq, hash: head.hash, source: { by: 'head' } });
  else problems.push({ kind: 'head_missing' });
  for (const cp of [...(options.checkpoints ?? []), ...(since ? [since] : [])]) {
    const trust = checkpointTrust(cp, keys);
    if (trust === 'unknown_key' || trust === 'bad_signature') problems.push({ kind: 'checkpoint_untrusted', at: cp.at, why: trust });
    else {
      if (trust === 'unsigned') warnings.push({ kind: 'unsigned_checkpoint', at: cp.at });
      anchors.push({ seq: cp.seq, hash: cp.hash, source: { by: 'checkpoint', at: cp.at } });
    }
  }
  const last = (walk.expectedSeq - 1n).toString();
  const total = walk.rows + (since ? Number(since.seq) : 0);
  problems.push(...anchorProblems(anchors, last, total, await hashesAt(db, anchors.map((a) => a.seq))));
  if (head && BigInt(head.seq) < BigInt(last)) problems.push({ kind: 'head_behind', head: head.seq, last });
  if (walk.unkeyed > 0) warnings.push({ kind: 'unkeyed', rows: walk.unkeyed });
  if (walk.legacy > 0) warnings.push({ kind: 'legacy', rows: walk.legacy });
  return { rows: walk.rows, ok: problems.length === 0, problems, warnings, last: { seq: last, hash: walk.prevHash } };
}
