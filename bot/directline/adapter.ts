/**
 * The bot side of Direct Line on premises: an in-process adapter. Activities posted by Web Chat
 * run through the same bot as /api/messages, and the bot's replies are appended to the
 * conversation in PostgreSQL, where the client's next poll picks them up. No HTTP hop and no
 * Azure token are involved, so it works without cloud access whatever the app id.
 */
import { randomUUID } from 'node:crypto';
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { Db } from '../../engine/store/db.ts';
import { appendDirectLineActivity } from '../../engine/store/chat/directline.ts';

/** The serviceUrl stamped on Direct Line activities: conversation references with it route here. */
export const DIRECTLINE_SERVICE_URL = 'urn:recon:directline-local';
export const DIRECTLINE_CHANNEL = 'directline';
export const BOT_ACCOUNT = { id: 'recon-bot', name: '对账助手' };

/** Activity id as the client sees it: conversation id and sequence number (unique, ordered). */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly db: Db, private readonly now: () => Date) {
    super();
  }

  /** True when a conversation reference belongs to this adapter (proactive sends route on it). */
  static owns(reference: Partial<ConversationReference>): boolean {
    return reference.serviceUrl === DIRECTLINE_SERVICE_URL && reference.channelId === DIRECTLINE_CHANNEL;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const out: ResourceResponse[] = [];
    for (const a of activities) {
      if (a.type === 'delay') {
        await new Promise((r) => setTimeout(r, typeof a.value === 'number' ? Math.min(a.value, 5000) : 1000));
        out.push({ id: '' });
        continue;
      }
      if (a.type === 'invokeResponse' || a.type === 'trace') {
        out.push({ id: '' });
        continue;
      }
      const conversationId = a.conversation?.id ?? context.activity.conversation.id;
      let id = '';
      await appendDirectLineActivity(this.db, conversationId, (seq) => {
        id = activityId(conversationId, seq);
        return JSON.parse(JSON.stringify({
          ...a,
          id,
          timestamp: this.now().toISOString(),
          channelId: DIRECTLINE_CHANNEL,
          conversation: { id: conversationId },
          from: a.from ?? BOT_ACCOUNT,
          serviceUrl: undefined,
        })) as Record<string, unknown>;
      });
      out.push({ id });
    }
    return out;
  }

  async updateActivity(): Promise<void> {
    // Direct Line clients never see edits of posted activities; nothing to do.
  }

  async deleteActivity(): Promise<void> {
    // As above: deletions are not part of the on-premises transcript.
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation', id: randomUUID() }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Runs one incoming activity (already stored and echoed to the client) through the bot. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
