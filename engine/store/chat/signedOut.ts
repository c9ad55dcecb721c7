/** Repository for signed-out Web Chat sessions (table signed_out_sessions; bot/signin). */
import type { Db } from '../db.ts';

/** Remembers that session `sid` was signed out, until `expiresAt` (its natural end); drops rows past theirs. */
export async function markSignedOut(db: Db, sid: string, expiresAt: Date, now: Date): Promise<void> {
  await db.query('INSERT INTO signed_out_sessions (sid, expires_at) VALUES ($1, $2) ON CONFLICT (sid) DO NOTHING', [sid, expiresAt.toISOString()]);
  await db.query('DELETE FROM signed_out_sessions WHERE expires_at < $1', [now.toISOString()]);
}

/** True when session `sid` was signed out. */
export async function isSignedOut(db: Db, sid: string): Promise<boolean> {
  const res = await db.query('SELECT 1 FROM signed_out_sessions WHERE sid = $1', [sid]);
  return res.rows.length > 0;
}
