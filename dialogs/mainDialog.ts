/**
 * The main dialog: every message starts here. It finds out who is writing (role), what they want
 * (intent), whether they may have it, and answers or hands over to a child dialog. The FAQ
 * answers everybody; status, subscriptions and the summary are for staff.
 *
 * Extension point: the guided dialogs (dialogs/routes.ts: resolve, approval, run, setup) are passed
 * in as `routes`; each brings a recogniser, the roles allowed, the dialog to begin, and the card
 * buttons outside a dialog that start it (the approval card, the run summary). A button of a
 * guided dialog that has ended since is answered politely as a stale card.
 */
import { ActivityTypes, CardFactory, MessageFactory, TurnContext, type Activity } from 'botbuilder';
import { ComponentDialog, Dialog, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { fill, messages, pickLang, type Lang } from '../engine/i18n/index.ts';
import { channelUserId } from './channelUser.ts';
import { supportsCards } from './flow/card.ts';
import { looksLikeStepSubmit, parseCardSubmit, parseEntrySubmit, type EntrySubmit } from './flow/submit.ts';
import { greetingText } from './greeting.ts';
import { recognizeIntent, type Intent, type IntentRule } from './intent.ts';
import { PENDING_CHOICE, PendingChoiceDialog, pendingChoices, pickChoice } from './pendingChoice.ts';
import { replyLang } from './lang.ts';
import type { DialogPorts, FaqAnswer, Person, Role } from './ports.ts';
import { buildStatusReply } from './status/statusCard.ts';

export const MAIN_DIALOG = 'main';
const ROUTE_STEP = 'main.route';
/** Longer messages are refused politely rather than processed (Teams allows ~28 kB). */
export const MAX_TEXT_LENGTH = 2000;
const STAFF: readonly Role[] = ['staff', 'approver', 'admin'];

/** A child dialog the main dialog can route to (dialogs/routes.ts). */
export interface IntentRoute {
  route: string;
  rule: IntentRule;
  allowed: readonly Role[];
  dialog: Dialog;
  /** Card buttons outside a dialog that begin this one (the dialog checks the role itself). */
  entries?: readonly EntrySubmit['action'][];
}

export interface MainDialogOptions {
  /** "18:30" shown when somebody subscribes. */
  summaryTime: string;
  routes?: readonly IntentRoute[];
}

export class MainDialog extends ComponentDialog {
  private readonly routes: readonly IntentRoute[];

  constructor(
    private readonly ports: DialogPorts,
    private readonly options: MainDialogOptions,
  ) {
    super(MAIN_DIALOG);
    this.routes = options.routes ?? [];
    this.addDialog(new WaterfallDialog(ROUTE_STEP, [(step) => this.route(step)]));
    this.addDialog(new PendingChoiceDialog());
    for (const r of this.routes) this.addDialog(r.dialog);
    this.initialDialogId = ROUTE_STEP;
  }

  /** Card buttons that start a guided dialog from outside one, and stale step cards, before routing. */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const a = innerDc.context.activity;
    const text = typeof a.text === 'string' ? a.text.trim() : '';
    if (a.type === ActivityTypes.Message && text === '' && a.value !== undefined) {
      const lang = pickLang(a.locale);
      const entry = parseEntrySubmit(a.value);
      const target = entry ? this.routes.find((r) => r.entries?.includes(entry.action)) : undefined;
      if (entry && target) {
        // The dialog checks the person's role itself (a forged card is refused and audited there).
        return innerDc.beginDialog(target.dialog.id, { entry, lang, ...(entry.action === 'resolve.start' && entry.account ? { account: entry.account } : {}) });
      }
      if (looksLikeStepSubmit(a.value)) {
        // A button of a dialog that has ended or expired since.
        await innerDc.context.sendActivity(messages(lang).resolve.flow.staleCard);
        return { status: DialogTurnStatus.complete };
      }
    }
    return super.onBeginDialog(innerDc, options);
  }

  /**
   * After a "did you mean", the next message may pick a choice (a number, an ordinal, a title); any
   * other message starts over as a new one, card buttons of other dialogs included.
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const pending = pendingChoices(innerDc);
    if (!pending) return super.onContinueDialog(innerDc);
    await innerDc.cancelAllDialogs();
    const a = innerDc.context.activity;
    const picked = a.type === ActivityTypes.Message && typeof a.text === 'string' ? pickChoice(a.text, pending.choices) : undefined;
    if (!picked) return this.onBeginDialog(innerDc);
    const person = await this.ports.directory.personOf(channelUserId(a.from));
    await this.answerEntry(innerDc.context, picked.id, pending.lang, person);
    return { status: DialogTurnStatus.complete };
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const ctx = step.context;
    const activity = ctx.activity;
    const text = typeof activity.text === 'string' ? activity.text : '';
    const lang = replyLang(text, activity.locale);
    const t = messages(lang).bot;
    if (activity.type !== ActivityTypes.Message) return step.endDialog();
    const person = await this.ports.directory.personOf(channelUserId(activity.from));

    if (text.trim() === '' && activity.value !== undefined) return this.onSubmit(step, person, lang);
    if (text.trim() === '') {
      await ctx.sendActivity(t.unsupported);
      return step.endDialog();
    }
    if (text.length > MAX_TEXT_LENGTH) {
      await ctx.sendActivity(fill(t.tooLong, { length: text.length, max: MAX_TEXT_LENGTH }));
      return step.endDialog();
    }
    // The guided dialogs' commands are whole messages ("对账", "处理差异"): a customer typing one is
    // refused and audited by the route, as before; every other customer message goes to the FAQ.
    const intent = recognizeIntent(text, this.routes.map((r) => r.rule), STAFF.includes(person.role) ? 'staff' : 'customer');
    return this.onIntent(step, person, lang, intent, text);
  }

  private async onIntent(step: WaterfallStepContext, person: Person, lang: Lang, intent: Intent, text: string): Promise<DialogTurnResult> {
    const ctx = step.context;
    const t = messages(lang).bot;
    switch (intent.name) {
      case 'greeting':
        await ctx.sendActivity(greetingText(person, lang));
        return step.endDialog();
      case 'help':
        await ctx.sendActivity(person.role === 'customer' ? t.helpCustomer : person.role === 'admin' ? t.helpStaff + t.helpAdmin : t.helpStaff);
        return step.endDialog();
      case 'command':
        await ctx.sendActivity(this.nothingInProgress(person, lang));
        return step.endDialog();
      case 'faq': {
        if (this.ports.faq.isStatusQuestion?.(text) && STAFF.includes(person.role)) return this.onIntent(step, person, lang, { name: 'status' }, text);
        const choices = await this.answerFaq(ctx, text, lang, person);
        // Wait for a pick ("2", "第二个", a title) only when there is something to pick.
        return choices?.length ? step.replaceDialog(PENDING_CHOICE, { choices, lang }) : step.endDialog();
      }
      case 'status':
        if (!(await this.permit(ctx, person, lang, STAFF, intent.name))) return step.endDialog();
        await this.sendStatus(ctx, person, lang, intent.accountHint);
        return step.endDialog();
      case 'subscribe':
      case 'unsubscribe':
        if (!(await this.permit(ctx, person, lang, STAFF, intent.name))) return step.endDialog();
        await this.subscription(ctx, person, lang, intent.name);
        return step.endDialog();
      case 'sendSummaryNow': {
        if (!(await this.permit(ctx, person, lang, ['admin'], intent.name))) return step.endDialog();
        const r = await this.ports.summary.sendNow(person.channelUserId);
        await ctx.sendActivity(r.alreadySentToday ? t.summary.alreadySent : fill(t.summary.sentNow, { sent: r.sent, failed: r.failed, gone: r.gone }));
        return step.endDialog();
      }
      case 'extension': {
        const route = this.routes.find((r) => r.route === intent.route);
        if (!route) return step.endDialog();
        if (!(await this.permit(ctx, person, lang, route.allowed, route.route))) return step.endDialog();
        return step.beginDialog(route.dialog.id, { ...intent.args, lang });
      }
    }
  }

  /** True when the person's role allows it; otherwise a polite refusal and an audit entry. */
  private async permit(ctx: TurnContext, person: Person, lang: Lang, allowed: readonly Role[], what: string): Promise<boolean> {
    if (allowed.includes(person.role)) return true;
    const t = messages(lang).bot;
    await this.ports.audit.record({
      actor: person.channelUserId,
      action: 'bot.refused',
      detail: { request: what, role: person.role, channelId: ctx.activity.channelId ?? '' },
    });
    await ctx.sendActivity(STAFF.includes(person.role) ? t.refusedAdmin : t.refused);
    return false;
  }

  private async sendStatus(ctx: TurnContext, person: Person, lang: Lang, accountHint?: string): Promise<void> {
    const view = await this.ports.status.status(accountHint ? { accountHint } : {});
    const reply = buildStatusReply(view, lang, person.role, accountHint);
    if (!supportsCards(ctx.activity)) {
      await ctx.sendActivity(reply.text);
      return;
    }
    await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)));
  }

  private async subscription(ctx: TurnContext, person: Person, lang: Lang, which: 'subscribe' | 'unsubscribe'): Promise<void> {
    const t = messages(lang).bot.subscribe;
    const reference = TurnContext.getConversationReference(ctx.activity);
    if (which === 'subscribe') {
      const r = await this.ports.subscriptions.subscribe({ reference, channelUserId: person.channelUserId, lang });
      await ctx.sendActivity(r === 'created' ? fill(t.created, { time: this.options.summaryTime }) : t.already);
    } else {
      const r = await this.ports.subscriptions.unsubscribe({ reference });
      await ctx.sendActivity(r === 'removed' ? t.removed : t.absent);
    }
  }

  /** "Nothing in progress" and buttons for what the person can do instead. */
  private nothingInProgress(person: Person, lang: Lang): Partial<Activity> {
    const t = messages(lang).bot;
    const titles = STAFF.includes(person.role) ? t.nothingButtonsStaff : t.nothingButtonsCustomer;
    return MessageFactory.suggestedActions(titles.map((title) => ({ type: 'imBack', title, value: title })), t.nothingInProgress);
  }

  /** Answers a question; returns the "did you mean" choices when the reply offers them. */
  private async answerFaq(ctx: TurnContext, text: string, lang: Lang, person: Person): Promise<FaqAnswer['choices']> {
    const asker = STAFF.includes(person.role) ? 'staff' : 'customer';
    const a = await this.ports.faq.answer(text, lang, { asker, channelUserId: person.channelUserId });
    await this.sendFaq(ctx, a, lang);
    return a.choices;
  }

  /** Answers one entry (a clicked or typed choice, a follow-up button). */
  private async answerEntry(ctx: TurnContext, entryId: string, lang: Lang, person: Person): Promise<void> {
    const asker = STAFF.includes(person.role) ? 'staff' : 'customer';
    const a = await this.ports.faq.answerEntry?.(entryId, lang, { asker, channelUserId: person.channelUserId });
    await this.sendFaq(ctx, a ?? { text: '', found: false }, lang);
  }

  private async sendFaq(ctx: TurnContext, a: FaqAnswer, lang: Lang): Promise<void> {
    if (!a.found) {
      await ctx.sendActivity(a.text || messages(lang).bot.faqNone);
      return;
    }
    const reply = a.card && supportsCards(ctx.activity) ? MessageFactory.attachment(CardFactory.adaptiveCard(a.card)) : MessageFactory.text(a.text);
    if (a.suggestedActions && a.suggestedActions.actions.length > 0) reply.suggestedActions = { to: [], actions: a.suggestedActions.actions };
    await ctx.sendActivity(reply);
  }

  private async onSubmit(step: WaterfallStepContext, person: Person, lang: Lang): Promise<DialogTurnResult> {
    const ctx = step.context;
    const t = messages(lang).bot;
    const submit = parseCardSubmit(ctx.activity.value);
    if (!submit) {
      await ctx.sendActivity(t.staleCard);
      return step.endDialog();
    }
    switch (submit.action) {
      case 'faq.feedback': {
        await this.ports.faq.feedback?.({ answerId: submit.answerId, helpful: submit.helpful, channelUserId: person.channelUserId });
        // After a 👎: another wording may find the right entry, and a person can always help.
        const contact = this.ports.faq.contact?.(lang) ?? messages(lang).faq.defaultContact;
        await ctx.sendActivity(submit.helpful ? t.feedbackThanks : fill(t.feedbackDown, { contact }));
        return step.endDialog();
      }
      case 'faq.pick':
        await this.answerEntry(ctx, submit.entryId, lang, person);
        return step.endDialog();
      case 'status.show':
        return this.onIntent(step, person, lang, submit.accountHint ? { name: 'status', accountHint: submit.accountHint } : { name: 'status' }, '');
    }
  }
}
