/** The current (not superseded) run of an account and period: what a new run would supersede. */
import { z } from 'zod';
import type { Db } from '../store/db.ts';

const Row = z.object({ id: z.string(), run_by: z.string(), started_at: z.date() });

/** The current run of `account` for `period` (a label as parsePeriod writes it), or null. */
export async function currentRun(db: Db, account: string, period: string): Promise<{ runId: string; at: Date; by: string } | null> {
  const res = await db.query('SELECT id::text AS id, run_by, started_at FROM runs WHERE account = $1 AND period = $2 AND superseded_by IS NULL', [account, period]);
  const row = res.rows[0] ? Row.parse(res.rows[0]) : null;
  return row ? { runId: row.id, at: row.started_at, by: row.run_by } : null;
}
