/**
 * NotifyPort: proactive messages to people through the bot's existing proactive machinery
 * (bot/summary/send.ts: Direct Line conversations in process, everything else through
 * CloudAdapter.continueConversationAsync with the real app id). Where a person is reached comes from
 * bot_user_conversations, refreshed on each message they send: the conversation they used last
 * under any of their identities.
 */
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import { conversationsOfPerson } from '../../engine/service/userConversations.ts';
import { findUserByChannelId, identitiesOf, listUsers } from '../../engine/service/users.ts';
import { supportsCards } from '../../dialogs/flow/card.ts';
import type { NotifyPort } from '../../dialogs/ports.ts';
import { sendWithRetry, toConversationReference, type SendTarget } from '../summary/send.ts';

export function notifyPort(db: Db, target: SendTarget, logger: Logger, retry: { attempts: number; backoffMs: number }): NotifyPort {
  /**
   * A person is told once, in the conversation they used last under any of their identities (Teams,
   * the Web Chat …); when that one cannot be reached, in the one before it.
   */
  const person: NotifyPort['person'] = async (channelUserId, build) => {
    const user = await findUserByChannelId(db, channelUserId);
    const ids = user ? await identitiesOf(db, user.personId) : new Set([channelUserId]);
    const convs = await conversationsOfPerson(db, [...ids]);
    if (convs.length === 0) {
      logger.info({ user: channelUserId }, 'no conversation to notify');
      return false;
    }
    for (const conv of convs) {
      const reference = toConversationReference(conv.reference);
      const r = await sendWithRetry(target, reference, build(conv.lang, supportsCards({ channelId: reference.channelId ?? '' })), retry);
      if (r.outcome === 'sent') return true;
      logger.warn({ user: conv.channelUserId, outcome: r.outcome, error: r.error }, 'proactive notification not delivered');
    }
    return false;
  };
  return {
    person,
    async approvers({ exclude }, build) {
      // Per person: the proposer is left out under every identity; each checker is told once, in
      // the conversation they used last under any identity (person() looks across them).
      const proposer = await findUserByChannelId(db, exclude);
      const checkers = (await listUsers(db)).filter((u) => (u.role === 'approver' || u.role === 'admin') && u.channelUserId !== exclude && u.personId !== proposer?.personId);
      const tried = new Set<string>();
      let sent = 0;
      // One after the other in id order: a deterministic order and no burst against the channel.
      for (const u of checkers.sort((a, b) => (a.channelUserId < b.channelUserId ? -1 : 1))) {
        if (tried.has(u.personId)) continue;
        tried.add(u.personId);
        if (await person(u.channelUserId, build)) sent++;
      }
      return sent;
    },
  };
}
