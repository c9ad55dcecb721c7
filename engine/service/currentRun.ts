/** The current (not superseded) run of an account and period: what a new run would supersede. */
import type { Db } from '../store/db.ts';
import { selectCurrentRun } from '../store/runRows.ts';

/** The current run of `account` for `period` (a label as parsePeriod writes it), or null. */
export async function currentRun(db: Db, account: string, period: string): Promise<{ runId: string; at: Date; by: string } | null> {
  const row = await selectCurrentRun(db, account, period);
  return row ? { runId: row.id, at: row.started_at, by: row.run_by } : null;
}
