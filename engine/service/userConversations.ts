/**
 * Where to reach a person proactively: the latest conversation reference of each member of staff,
 * refreshed on every message they send (approval cards and decisions go there).
 */
import type { Db } from '../store/db.ts';
import { selectUserConversations, upsertUserConversation } from '../store/chat/userConversations.ts';
import { conversationKey, ReferenceSchema, type StoredReference } from './subscriptions.ts';

/** Records (or refreshes) the conversation a person just wrote from. */
export async function recordConversation(db: Db, input: { reference: unknown; channelUserId: string; lang: 'zh-CN' | 'en'; at: Date }): Promise<void> {
  const reference = ReferenceSchema.parse(input.reference);
  await upsertUserConversation(db, { conversationKey: conversationKey(reference), channelUserId: input.channelUserId, reference, lang: input.lang, at: input.at });
}

/**
 * Where one person can be reached, across all their identities (Teams, the Web Chat …): their
 * conversations, the one they used last first.
 */
export async function conversationsOfPerson(db: Db, channelUserIds: readonly string[]): Promise<{ reference: StoredReference; lang: 'zh-CN' | 'en'; channelUserId: string }[]> {
  return (await selectUserConversations(db, channelUserIds)).map((r) => ({ reference: ReferenceSchema.parse(r.reference), lang: r.lang, channelUserId: r.channel_user_id }));
}
