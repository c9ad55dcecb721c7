/**
 * The bot: messages go to the main dialog (its stack kept in conversation state in PostgreSQL);
 * people joining a conversation are greeted. Unknown activity types are ignored by ActivityHandler.
 * What the guided dialogs need from every turn is here too:
 * - Teams `Action.Execute` arrives as an `adaptiveCard/action` invoke: its data is handed to the
 *   dialogs exactly like an `Action.Submit` (a message with `value` and no text), and the invoke
 *   is answered with an invoke response (200, a short message) so Teams shows no error;
 * - each message from a known member of staff refreshes their conversation reference, so approval
 *   cards and decisions can reach them proactively. An unchanged reference is written at most
 *   once a minute per conversation (last_seen is then up to a minute old), so a busy conversation
 *   does not cost a database write on every message.
 */
import {
  ActivityHandler, ActivityTypes, TurnContext,
  type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type ConversationState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { messages } from '../engine/i18n/index.ts';
import { recordConversation } from '../engine/service/userConversations.ts';
import type { Db } from '../engine/store/db.ts';
import { channelUserId } from '../dialogs/channelUser.ts';
import { greetingText } from '../dialogs/greeting.ts';
import { replyLang } from '../dialogs/lang.ts';
import type { DirectoryPort } from '../dialogs/ports.ts';

/** How long an unchanged conversation reference is not written again. */
const REFRESH_MS = 60_000;
/** Bound on the remembered writes (staff conversations; customers are never recorded). */
const REMEMBERED = 10_000;

export class ReconBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  /** Conversation key → what was last written for it, and when (this instance only). */
  private readonly written = new Map<string, { content: string; at: number }>();

  constructor(
    private readonly conversationState: ConversationState,
    private readonly main: Dialog,
    private readonly directory: DirectoryPort,
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(main);
    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.main.id);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        const person = await this.directory.personOf(channelUserId(member));
        // No locale (a client that sent no language): the greeting in both, Chinese first.
        const locale = context.activity.locale;
        await context.sendActivity(locale ? greetingText(person, replyLang(undefined, locale)) : `${greetingText(person, 'zh-CN')}\n\n${greetingText(person, 'en')}`);
      }
      await next();
    });
  }

  /**
   * Runs the turn, then saves conversation state (a stale eTag fails the save: no lost update).
   * The conversation reference is recorded alongside the turn, not before it: the person's
   * answer does not wait for the write.
   */
  override async run(context: TurnContext): Promise<void> {
    const recording = this.recordReference(context.activity);
    try {
      await super.run(context);
      await this.conversationState.saveChanges(context, false);
    } finally {
      await recording;
    }
  }

  /**
   * Records where a member of staff can be reached, unless this instance wrote the same reference
   * within REFRESH_MS. What is recorded is read from the activity before the first await (an
   * Action.Execute turn rewrites the activity while it runs).
   */
  private async recordReference(a: TurnContext['activity']): Promise<void> {
    const who = channelUserId(a.from);
    if ((a.type !== ActivityTypes.Message && a.type !== ActivityTypes.Invoke) || !who) return;
    const reference = TurnContext.getConversationReference(a);
    const lang = replyLang(typeof a.text === 'string' ? a.text : undefined, a.locale);
    const at = this.now();
    const key = `${a.channelId}|${a.conversation?.id ?? ''}|${who}`;
    // The activity id differs on every message and does not matter for reaching the person later.
    const content = JSON.stringify([{ ...reference, activityId: undefined }, lang]);
    const last = this.written.get(key);
    if (last && last.content === content && at.getTime() - last.at < REFRESH_MS) return;
    try {
      const person = await this.directory.personOf(who);
      if (person.role === 'customer') return;
      await recordConversation(this.db, { reference, channelUserId: who, lang, at });
      if (this.written.size >= REMEMBERED) this.written.clear();
      this.written.set(key, { content, at: at.getTime() });
    } catch (err) {
      // Not being reachable later must not cost the person this turn.
      this.logger.warn({ err }, 'could not record the conversation reference');
    }
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const a = context.activity;
    // Action.Execute → the same path as Action.Submit: a message whose value is the action's data.
    // The activity is restored afterwards: the adapter answers the HTTP request with the invoke
    // response only when it still sees an invoke.
    const original = { type: a.type, text: a.text, value: a.value };
    try {
      a.type = ActivityTypes.Message;
      a.text = '';
      a.value = invokeValue.action?.data ?? {};
      await this.onMessageActivity(context);
    } finally {
      Object.assign(a, original);
    }
    // The card the person acted on is replaced by a short acknowledgement (it cannot be clicked twice);
    // the dialog's replies follow as ordinary messages.
    const received = messages(replyLang(undefined, a.locale)).resolve.flow.received;
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: received, wrap: true }] },
    };
  }
}
