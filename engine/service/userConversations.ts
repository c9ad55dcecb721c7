/**
 * Where to reach a person proactively: the latest conversation reference of each member of staff,
 * refreshed on every message they send (approval cards and decisions go there).
 */
import type { Db } from '../store/db.ts';
import { selectLatestUserConversation, upsertUserConversation } from '../store/chat/userConversations.ts';
import { conversationKey, ReferenceSchema, type StoredReference } from './subscriptions.ts';

/** Records (or refreshes) the conversation a person just wrote from. */
export async function recordConversation(db: Db, input: { reference: unknown; channelUserId: string; lang: 'zh-CN' | 'en'; at: Date }): Promise<void> {
  const reference = ReferenceSchema.parse(input.reference);
  await upsertUserConversation(db, { conversationKey: conversationKey(reference), channelUserId: input.channelUserId, reference, lang: input.lang, at: input.at });
}

/** The person's most recently used conversation, or null when they never wrote to the bot. */
export async function latestConversation(db: Db, channelUserId: string): Promise<{ reference: StoredReference; lang: 'zh-CN' | 'en' } | null> {
  const row = await selectLatestUserConversation(db, channelUserId);
  return row ? { reference: ReferenceSchema.parse(row.reference), lang: row.lang } : null;
}
