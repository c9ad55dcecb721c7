/**
 * Line claims (migration 060): the lines a proposed or approved manual match settles, one row per
 * line, keyed by the line. The key is what keeps a line in at most one live manual match, whatever
 * the code above does; these functions read and write it without aborting the transaction on a
 * taken key, so the use case can name the difference holding the line.
 */
import { z } from 'zod';
import type { Db } from './db.ts';

const HolderSchema = z.object({ line: z.string(), difference: z.string() });
export type LineHolder = z.infer<typeof HolderSchema>;

/**
 * Locks the account of difference `id` in share mode: proposals and approvals of one account run
 * side by side, a run of it (FOR UPDATE of the same row) waits for them and they for it. Taken
 * before the difference row, in the order a run takes them (account, then differences).
 */
export async function lockAccountOfDifference(db: Db, id: string): Promise<void> {
  if (!/^\d{1,18}$/.test(id)) return;
  await db.query('SELECT 1 FROM accounts a WHERE a.number = (SELECT d.account FROM differences d WHERE d.id = $1) FOR SHARE OF a', [id]);
}

/** Which of lines `ids` a manual match holds already, with the difference it settles. */
export async function claimHolders(db: Db, ids: readonly string[]): Promise<LineHolder[]> {
  if (ids.length === 0) return [];
  const res = await db.query(
    'SELECT line_id::text AS line, difference_id::text AS difference FROM line_claims WHERE line_id = ANY($1::bigint[]) ORDER BY line_id', [ids]);
  return res.rows.map((r) => HolderSchema.parse(r));
}

/**
 * Claims lines `ids` for resolution `resolutionId` of difference `differenceId`. A key another
 * transaction holds is waited for (PostgreSQL) and, once that one commits, skipped rather than
 * raised; the lines so refused come back with their holder. Empty: every line is claimed.
 */
export async function claimLines(db: Db, c: { account: string; differenceId: string; resolutionId: string; lineIds: readonly string[] }): Promise<LineHolder[]> {
  if (c.lineIds.length === 0) return [];
  const res = await db.query(
    `INSERT INTO line_claims (line_id, account, difference_id, resolution_id)
     SELECT unnest($1::bigint[]), $2, $3, $4 ON CONFLICT (line_id) DO NOTHING RETURNING line_id::text AS line`,
    [c.lineIds, c.account, c.differenceId, c.resolutionId],
  );
  const got = new Set(res.rows.map((r) => z.object({ line: z.string() }).parse(r).line));
  const missing = c.lineIds.filter((id) => !got.has(id));
  return missing.length === 0 ? [] : claimHolders(db, missing);
}

/** The lines resolution `resolutionId` holds. */
export async function claimsOf(db: Db, resolutionId: string): Promise<string[]> {
  const res = await db.query('SELECT line_id::text AS line FROM line_claims WHERE resolution_id = $1 ORDER BY line_id', [resolutionId]);
  return res.rows.map((r) => z.object({ line: z.string() }).parse(r).line);
}

/** Releases the claims of a rejected proposal. */
export async function releaseClaims(db: Db, resolutionId: string): Promise<void> {
  await db.query('DELETE FROM line_claims WHERE resolution_id = $1', [resolutionId]);
}

const NotFreeSchema = z.object({ line: z.string(), difference: z.string().nullable() });
export type NotFree = z.infer<typeof NotFreeSchema>;

/**
 * Of lines `ids`, those that are not free for a manual match of difference `except`. A line is
 * free when an open difference of `account` other than `except` holds it and no claim does
 * (other than resolution `mine`'s). Each comes with the difference that holds it: the claim's,
 * else the latest difference (not superseded) that names it, else null (a match of a run, or
 * a line no difference names).
 */
export async function linesNotFree(db: Db, q: { account: string; except: string; ids: readonly string[]; mine?: string }): Promise<NotFree[]> {
  if (q.ids.length === 0) return [];
  const res = await db.query(
    `SELECT l.id::text AS line, coalesce(c.difference_id, h.id)::text AS difference
       FROM unnest($1::bigint[]) AS l(id)
       LEFT JOIN line_claims c ON c.line_id = l.id AND c.resolution_id IS DISTINCT FROM $4::bigint
       LEFT JOIN LATERAL (SELECT d.id FROM differences d
                           WHERE d.account = $2 AND d.id <> $3 AND d.state <> 'superseded' AND l.id = ANY(d.bank_ids || d.ledger_ids)
                           ORDER BY d.id DESC LIMIT 1) h ON true
      WHERE c.line_id IS NOT NULL
         OR NOT EXISTS (SELECT 1 FROM differences d WHERE d.account = $2 AND d.id <> $3 AND d.state = 'open' AND l.id = ANY(d.bank_ids || d.ledger_ids))
      ORDER BY l.id`,
    [q.ids, q.account, q.except, q.mine ?? null],
  );
  return res.rows.map((r) => NotFreeSchema.parse(r));
}
