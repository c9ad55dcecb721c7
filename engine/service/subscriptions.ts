/**
 * Daily-summary subscriptions: a staff member's conversation with the bot, kept with the
 * conversation reference the bot needs to message it later. Keyed by channel + conversation, so
 * subscribing twice from one chat is one subscription.
 */
import { z } from 'zod';
import {
  deactivateSubscription,
  selectActiveSubscriptions,
  selectSubscription,
  upsertSubscription,
} from '../store/chat/subscriptions.ts';
import type { Db } from '../store/db.ts';

/** The parts of a Bot Framework conversation reference the summary needs (checked on read). */
export const ReferenceSchema = z
  .object({
    channelId: z.string().min(1),
    serviceUrl: z.string().min(1),
    conversation: z.object({ id: z.string().min(1) }).loose(),
  })
  .loose();
export type StoredReference = z.infer<typeof ReferenceSchema>;

export interface Subscription {
  conversationKey: string;
  channelUserId: string;
  lang: 'zh-CN' | 'en';
  reference: StoredReference;
}

export function conversationKey(reference: { channelId: string; conversation: { id: string } }): string {
  return `${reference.channelId}:${reference.conversation.id}`;
}

/** Subscribes the conversation; 'already' when it is subscribed. */
export async function subscribe(db: Db, input: { reference: unknown; channelUserId: string; lang: 'zh-CN' | 'en' }): Promise<'created' | 'already'> {
  const reference = ReferenceSchema.parse(input.reference);
  const created = await upsertSubscription(db, {
    conversationKey: conversationKey(reference),
    channelUserId: input.channelUserId,
    channelId: reference.channelId,
    reference,
    lang: input.lang,
  });
  return created ? 'created' : 'already';
}

/** Unsubscribes the conversation; 'absent' when it was not subscribed. */
export async function unsubscribe(db: Db, reference: unknown): Promise<'removed' | 'absent'> {
  const ref = ReferenceSchema.parse(reference);
  return (await deactivateSubscription(db, conversationKey(ref), 'unsubscribed')) ? 'removed' : 'absent';
}

/** A subscriber whose conversation is gone (403/404 from the channel) stops receiving. */
export async function markGone(db: Db, key: string, reason: string): Promise<void> {
  await deactivateSubscription(db, key, reason);
}

export async function activeSubscriptions(db: Db): Promise<Subscription[]> {
  return (await selectActiveSubscriptions(db)).map((r) => ({
    conversationKey: r.conversation_key,
    channelUserId: r.channel_user_id,
    lang: r.lang,
    reference: ReferenceSchema.parse(r.reference),
  }));
}

export async function findSubscription(db: Db, key: string): Promise<{ active: boolean; reason: string | null } | null> {
  const r = await selectSubscription(db, key);
  return r ? { active: r.active, reason: r.inactive_reason } : null;
}
