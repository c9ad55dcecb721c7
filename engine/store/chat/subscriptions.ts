/** Repository for daily-summary subscriptions (table bot_subscriptions). */
import { z } from 'zod';
import type { Db } from '../db.ts';
import { toJsonb } from './jsonb.ts';

export const SubscriptionRowSchema = z.object({
  conversation_key: z.string(),
  channel_user_id: z.string(),
  channel_id: z.string(),
  reference: z.record(z.string(), z.unknown()),
  lang: z.enum(['zh-CN', 'en']),
  active: z.boolean(),
  inactive_reason: z.string().nullable(),
});
export type SubscriptionRow = z.infer<typeof SubscriptionRowSchema>;

/** Inserts or reactivates; returns false when an active subscription was already there. */
export async function upsertSubscription(
  db: Db,
  row: { conversationKey: string; channelUserId: string; channelId: string; reference: unknown; lang: 'zh-CN' | 'en' },
): Promise<boolean> {
  const res = await db.query(
    `INSERT INTO bot_subscriptions (conversation_key, channel_user_id, channel_id, reference, lang)
     VALUES ($1, $2, $3, $4::jsonb, $5)
     ON CONFLICT (conversation_key) DO UPDATE
       SET channel_user_id = EXCLUDED.channel_user_id, reference = EXCLUDED.reference, lang = EXCLUDED.lang,
           active = true, inactive_reason = NULL, updated_at = now()
       WHERE NOT bot_subscriptions.active
     RETURNING conversation_key`,
    [row.conversationKey, row.channelUserId, row.channelId, toJsonb(row.reference), row.lang],
  );
  if (res.rows.length > 0) return true;
  // Already active: refresh the reference (serviceUrl may have moved), report "already".
  await db.query('UPDATE bot_subscriptions SET reference = $2::jsonb, updated_at = now() WHERE conversation_key = $1', [row.conversationKey, toJsonb(row.reference)]);
  return false;
}

/** Marks a subscription inactive with a reason; returns whether an active one existed. */
export async function deactivateSubscription(db: Db, conversationKey: string, reason: string): Promise<boolean> {
  const res = await db.query(
    'UPDATE bot_subscriptions SET active = false, inactive_reason = $2, updated_at = now() WHERE conversation_key = $1 AND active RETURNING conversation_key',
    [conversationKey, reason],
  );
  return res.rows.length > 0;
}

/** Active subscriptions, in key order. */
export async function selectActiveSubscriptions(db: Db): Promise<SubscriptionRow[]> {
  const res = await db.query('SELECT conversation_key, channel_user_id, channel_id, reference, lang, active, inactive_reason FROM bot_subscriptions WHERE active ORDER BY conversation_key');
  return res.rows.map((r) => SubscriptionRowSchema.parse(r));
}

export async function selectSubscription(db: Db, conversationKey: string): Promise<SubscriptionRow | null> {
  const res = await db.query('SELECT conversation_key, channel_user_id, channel_id, reference, lang, active, inactive_reason FROM bot_subscriptions WHERE conversation_key = $1', [conversationKey]);
  return res.rows[0] ? SubscriptionRowSchema.parse(res.rows[0]) : null;
}
