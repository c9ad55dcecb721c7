/**
 * One proactive send with retries. Routes by conversation reference: Direct Line conversations
 * on premises go to the in-process adapter, everything else through CloudAdapter's
 * continueConversationAsync with the configured app id ('' in anonymous mode, never undefined).
 * 403/404 from the channel means the conversation is gone: no retry.
 *
 * Every proactive send (daily summaries, approval cards, decisions) goes to one person, so it goes
 * only to a personal (1:1) conversation, never a group chat or a channel, where the card would be
 * read by everyone in it; and, in anonymous mode, only to a serviceUrl on the allowlist.
 */
import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { serviceUrlAllowed } from '../allowlist.ts';
import { DirectLineAdapter } from '../directline/adapter.ts';

export interface SendTarget {
  cloud: CloudAdapter;
  directLine: DirectLineAdapter;
  appId: string;
  /** Anonymous mode: the serviceUrls sends may go to; null with an app id (the channel is authenticated). */
  allowlist: readonly string[] | null;
}

const AccountSchema = z.object({ id: z.string(), name: z.string().optional() }).loose();
const StoredRefSchema = z
  .object({
    channelId: z.string(),
    serviceUrl: z.string(),
    conversation: z.object({ id: z.string(), isGroup: z.boolean().optional(), conversationType: z.string().optional(), tenantId: z.string().optional() }).loose(),
    bot: AccountSchema.optional(),
    user: AccountSchema.optional(),
    locale: z.string().optional(),
  })
  .loose();

/** The stored reference (JSON from the database) as botbuilder's type, only the fields it needs. */
export function toConversationReference(stored: unknown): Partial<ConversationReference> {
  const r = StoredRefSchema.parse(stored);
  const account = (a: z.infer<typeof AccountSchema> | undefined) => (a ? { id: a.id, name: a.name ?? '' } : undefined);
  const conversation = { id: r.conversation.id, isGroup: r.conversation.isGroup ?? false, conversationType: r.conversation.conversationType ?? '', name: '', ...(r.conversation.tenantId ? { tenantId: r.conversation.tenantId } : {}) };
  const bot = account(r.bot);
  const user = account(r.user);
  return { channelId: r.channelId, serviceUrl: r.serviceUrl, conversation, ...(bot ? { bot } : {}), ...(user ? { user } : {}), ...(r.locale ? { locale: r.locale } : {}) };
}

export type SendResult = { outcome: 'sent'; attempts: number } | { outcome: 'gone' | 'failed'; attempts: number; error: string };

/** True when the reference is a group chat or a channel (Teams: groupChat, channel; elsewhere isGroup). */
export function isGroupConversation(reference: Partial<ConversationReference>): boolean {
  const c = reference.conversation;
  return c?.isGroup === true || (typeof c?.conversationType === 'string' && c.conversationType !== '' && c.conversationType !== 'personal');
}

/**
 * Why a proactive send must not go to this reference, or null. A group conversation is 'gone'
 * (it never becomes personal); a serviceUrl off the allowlist is 'failed' (the allowlist may change).
 */
export function proactiveRefusal(target: SendTarget, reference: Partial<ConversationReference>): { outcome: 'gone' | 'failed'; error: string } | null {
  if (isGroupConversation(reference)) return { outcome: 'gone', error: 'not a personal conversation (group chat or channel)' };
  if (target.allowlist && !DirectLineAdapter.owns(reference) && !serviceUrlAllowed(reference.serviceUrl ?? '', target.allowlist))
    return { outcome: 'failed', error: 'serviceUrl not on the allowlist' };
  return null;
}

function statusOf(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null) {
    const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
    for (const v of [e.statusCode, e.status, e.response?.status]) if (typeof v === 'number') return v;
  }
  return undefined;
}

/**
 * A proactive message answers nothing. botbuilder stamps every outgoing activity with
 * `replyToId` = the id of the turn's activity, which for a proactive turn is the made-up id of the
 * continuation event: a message no client has ever seen. Web Chat holds an activity whose
 * `replyToId` it does not know for up to 5 s waiting for it, and the connector posts it as a reply
 * to a message that does not exist; so the stamp is taken off before the send.
 */
export function withoutReplyTo(context: TurnContext): void {
  context.onSendActivities(async (_ctx, activities, next) => {
    for (const a of activities) delete a.replyToId;
    return next();
  });
}

async function sendOnce(target: SendTarget, reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void> {
  let failure: unknown;
  // Errors inside the logic would be swallowed by the adapter's onTurnError; keep them here.
  const logic = async (context: TurnContext): Promise<void> => {
    withoutReplyTo(context);
    try {
      await context.sendActivity(activity);
    } catch (err) {
      failure = err;
    }
  };
  if (DirectLineAdapter.owns(reference)) await target.directLine.continueConversation(reference, logic);
  else await target.cloud.continueConversationAsync(target.appId, reference, logic);
  if (failure !== undefined) throw failure;
}

/**
 * Sends with up to `attempts` tries, waiting `backoffMs`, 2×, 4× … between them. A reference the
 * send must not go to (proactiveRefusal) is not tried; the refusal counts as the one attempt.
 */
export async function sendWithRetry(
  target: SendTarget,
  reference: Partial<ConversationReference>,
  activity: Partial<Activity>,
  options: { attempts: number; backoffMs: number },
): Promise<SendResult> {
  const refused = proactiveRefusal(target, reference);
  if (refused) return { ...refused, attempts: 1 };
  let last = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      await sendOnce(target, reference, activity);
      return { outcome: 'sent', attempts: attempt };
    } catch (err) {
      const status = statusOf(err);
      last = `${status ?? 'error'}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500);
      if (status === 403 || status === 404) return { outcome: 'gone', attempts: attempt, error: last };
      if (attempt < options.attempts) await new Promise((r) => setTimeout(r, options.backoffMs * 2 ** (attempt - 1)));
    }
  }
  return { outcome: 'failed', attempts: options.attempts, error: last };
}
