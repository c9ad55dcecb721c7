/** Repository for the daily summary's claim rows and per-subscriber send records. */
import { z } from 'zod';
import type { Db } from '../db.ts';

const SUMMARY_LOCK = 72_455_020;

/**
 * Claims the business day for this instance. A transaction-scoped advisory lock serialises
 * instances firing together; the primary key on the day makes the claim once-only even after
 * the lock is released. Returns false when another instance holds the lock or claimed the day.
 */
export async function claimSummaryDay(db: Db, day: string, instance: string, trigger: 'schedule' | 'manual'): Promise<boolean> {
  return db.transaction(async (tx) => {
    const lock = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SUMMARY_LOCK]);
    if (!z.object({ locked: z.boolean() }).parse(lock.rows[0]).locked) return false;
    const res = await tx.query(
      'INSERT INTO summary_days (day, claimed_by, trigger) VALUES ($1::date, $2, $3) ON CONFLICT (day) DO NOTHING RETURNING day',
      [day, instance, trigger],
    );
    return res.rows.length > 0;
  });
}

export async function finishSummaryDay(db: Db, day: string): Promise<void> {
  await db.query('UPDATE summary_days SET finished_at = now() WHERE day = $1::date', [day]);
}

export async function insertSummarySend(
  db: Db,
  row: { day: string; conversationKey: string; outcome: 'sent' | 'failed' | 'gone'; attempts: number; error: string | null; trigger: 'schedule' | 'manual' },
): Promise<void> {
  await db.query(
    'INSERT INTO summary_sends (day, conversation_key, outcome, attempts, error, trigger) VALUES ($1::date, $2, $3, $4, $5, $6)',
    [row.day, row.conversationKey, row.outcome, row.attempts, row.error, row.trigger],
  );
}

const SummarySendSchema = z.object({
  day: z.string(),
  conversation_key: z.string(),
  outcome: z.string(),
  attempts: z.number().int(),
  error: z.string().nullable(),
});
export type SummarySendRow = z.infer<typeof SummarySendSchema>;

export async function selectSummarySends(db: Db, day: string): Promise<SummarySendRow[]> {
  const res = await db.query(
    'SELECT day, conversation_key, outcome, attempts, error FROM summary_sends WHERE day = $1::date ORDER BY conversation_key, id',
    [day],
  );
  return res.rows.map((r) => SummarySendSchema.parse(r));
}
