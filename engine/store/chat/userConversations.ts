/** Repository for the people's latest conversation references (table bot_user_conversations). */
import { z } from 'zod';
import type { Db } from '../db.ts';
import { toJsonb } from './jsonb.ts';

const RowSchema = z.object({
  conversation_key: z.string(),
  channel_user_id: z.string(),
  reference: z.record(z.string(), z.unknown()),
  lang: z.enum(['zh-CN', 'en']),
});
export type UserConversationRow = z.infer<typeof RowSchema>;

/** Inserts or refreshes the reference of one conversation. */
export async function upsertUserConversation(
  db: Db, row: { conversationKey: string; channelUserId: string; reference: unknown; lang: 'zh-CN' | 'en'; at: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO bot_user_conversations (conversation_key, channel_user_id, reference, lang, last_seen)
     VALUES ($1, $2, $3::jsonb, $4, $5)
     ON CONFLICT (conversation_key) DO UPDATE
       SET channel_user_id = EXCLUDED.channel_user_id, reference = EXCLUDED.reference, lang = EXCLUDED.lang, last_seen = EXCLUDED.last_seen`,
    [row.conversationKey, row.channelUserId, toJsonb(row.reference), row.lang, row.at.toISOString()],
  );
}

/** The conversations of any of `channelUserIds` (one person's identities), most recently used first. */
export async function selectUserConversations(db: Db, channelUserIds: readonly string[]): Promise<UserConversationRow[]> {
  if (channelUserIds.length === 0) return [];
  const res = await db.query(
    `SELECT conversation_key, channel_user_id, reference, lang FROM bot_user_conversations
      WHERE channel_user_id = ANY($1::text[]) ORDER BY last_seen DESC, conversation_key`,
    [[...channelUserIds]],
  );
  return res.rows.map((r) => RowSchema.parse(r));
}
