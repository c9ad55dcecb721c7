/**
 * Repository for Direct Line conversations on premises: activities numbered per conversation so
 * a client's watermark is simply the last number it has seen.
 */
import { z } from 'zod';
import type { Db } from '../db.ts';
import { toJsonb } from './jsonb.ts';

const ActivityRowSchema = z.object({ seq: z.number().int(), activity: z.record(z.string(), z.unknown()) });

export async function insertDirectLineConversation(db: Db, id: string, userId: string | null): Promise<void> {
  await db.query('INSERT INTO directline_conversations (id, user_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, userId]);
}

export async function directLineConversationExists(db: Db, id: string): Promise<boolean> {
  const res = await db.query('SELECT 1 FROM directline_conversations WHERE id = $1', [id]);
  return res.rows.length > 0;
}

/**
 * Appends an activity; `build(seq)` returns it with its id filled in from the sequence number.
 * The per-conversation advisory lock makes concurrent appends take consecutive numbers.
 */
export async function appendDirectLineActivity(db: Db, conversationId: string, build: (seq: number) => Record<string, unknown>): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('directline:' || $1))", [conversationId]);
    const res = await tx.query('SELECT COALESCE(MAX(seq), 0)::int AS seq FROM directline_activities WHERE conversation_id = $1', [conversationId]);
    const seq = z.object({ seq: z.number().int() }).parse(res.rows[0]).seq + 1;
    await tx.query('INSERT INTO directline_activities (conversation_id, seq, activity) VALUES ($1, $2, $3::jsonb)', [conversationId, seq, toJsonb(build(seq))]);
    return seq;
  });
}

/** Activities after `watermark` (at most `limit`), oldest first, with the new watermark. */
export async function listDirectLineActivities(
  db: Db,
  conversationId: string,
  watermark: number,
  limit = 100,
): Promise<{ activities: Array<Record<string, unknown>>; watermark: number }> {
  const res = await db.query(
    'SELECT seq, activity FROM directline_activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [conversationId, watermark, limit],
  );
  const rows = res.rows.map((r) => ActivityRowSchema.parse(r));
  return { activities: rows.map((r) => r.activity), watermark: rows.length > 0 ? rows[rows.length - 1]!.seq : watermark };
}
