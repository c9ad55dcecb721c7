/**
 * NotifyPort: proactive messages to people through the bot's existing proactive machinery
 * (bot/summary/send.ts: Direct Line conversations in process, everything else through
 * CloudAdapter.continueConversationAsync with the real app id). The person's latest conversation
 * comes from bot_user_conversations, refreshed on each message they send.
 */
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import { latestConversation } from '../../engine/service/userConversations.ts';
import { findUserByChannelId, listUsers } from '../../engine/service/users.ts';
import { supportsCards } from '../../dialogs/flow/card.ts';
import type { NotifyPort } from '../../dialogs/ports.ts';
import { sendWithRetry, toConversationReference, type SendTarget } from '../summary/send.ts';

export function notifyPort(db: Db, target: SendTarget, logger: Logger, retry: { attempts: number; backoffMs: number }): NotifyPort {
  const person: NotifyPort['person'] = async (channelUserId, build) => {
    const conv = await latestConversation(db, channelUserId);
    if (!conv) {
      logger.info({ user: channelUserId }, 'no conversation to notify');
      return false;
    }
    const reference = toConversationReference(conv.reference);
    const r = await sendWithRetry(target, reference, build(conv.lang, supportsCards({ channelId: reference.channelId ?? '' })), retry);
    if (r.outcome !== 'sent') logger.warn({ user: channelUserId, outcome: r.outcome, error: r.error }, 'proactive notification not delivered');
    return r.outcome === 'sent';
  };
  return {
    person,
    async approvers({ exclude }, build) {
      // Per person: the proposer is left out under every identity; each checker is told once, on
      // the first of their identities (in id order) that has a conversation.
      const proposer = await findUserByChannelId(db, exclude);
      const checkers = (await listUsers(db)).filter((u) => (u.role === 'approver' || u.role === 'admin') && u.channelUserId !== exclude && u.personId !== proposer?.personId);
      const told = new Set<string>();
      let sent = 0;
      // One after the other in id order: a deterministic order and no burst against the channel.
      for (const u of checkers.sort((a, b) => (a.channelUserId < b.channelUserId ? -1 : 1))) {
        if (told.has(u.personId)) continue;
        if (await person(u.channelUserId, build)) {
          told.add(u.personId);
          sent++;
        }
      }
      return sent;
    },
  };
}
