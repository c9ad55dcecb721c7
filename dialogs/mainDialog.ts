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
import { ComponentDialog, Dialog as DialogBase, DialogTurnStatus, WaterfallDialog, type Dialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { fill, messages, pickLang, type Lang } from '../engine/i18n/index.ts';
import { channelUserId } from './channelUser.ts';
import { hasBadCharacters } from './flow/badChars.ts';
import { supportsCards } from './flow/card.ts';
import { entryKey, looksLikeStepSubmit, parseCardSubmit, parseEntrySubmit, type CardSubmit, type EntrySubmit } from './flow/submit.ts';
import { outside } from './flow/text.ts';
import { greetingText } from './greeting.ts';
import { recognizeIntent, type Intent, type IntentRule } from './intent.ts';
import { PENDING_CHOICE, PendingChoiceDialog, choicePosition, pendingChoices, pickChoice, typedFeedback } from './pendingChoice.ts';
import { replyLang } from './lang.ts';
import { fileAttachments } from './upload/attachments.ts';
import type { DialogPorts, FaqAnswer, Person, Role } from './ports.ts';
import { buildStatusReply } from './status/statusCard.ts';
import { buildSummaryReply } from './status/summaryCard.ts';
import { localTime } from './flow/format.ts';
import { staleCardText } from './flow/flowDialog.ts';

export const MAIN_DIALOG = 'main';
const ROUTE_STEP = 'main.route';
/** Longer messages are refused politely rather than processed (Teams allows ~28 kB). */
export const MAX_TEXT_LENGTH = 2000;
const STAFF: readonly Role[] = ['staff', 'approver', 'admin'];

/** What the main dialog reads of a running guided dialog's state: whose it is, in which language. */
/** At most this many guided operations open at once: a file or entry card beyond it is not started on top. */
const MAX_OPEN_FLOWS = 3;
const FlowOwner = z.object({ actor: z.string(), lang: z.enum(['zh-CN', 'en']), entry: z.string().optional() });
/** The file an upload dialog is about (its step data). */
const UploadOf = z.object({ data: z.object({ file: z.string() }) });

/** A child dialog the main dialog can route to (dialogs/routes.ts). */
export interface IntentRoute {
  route: string;
  rule: IntentRule;
  allowed: readonly Role[];
  dialog: Dialog;
  /** Card buttons outside a dialog that begin this one (the dialog checks the role itself). */
  entries?: readonly EntrySubmit['action'][];
  /** This route takes the files a message carries (the upload dialog), begun with `{ files, note }`. */
  files?: boolean;
}

export interface MainDialogOptions {
  /** "18:30" shown when somebody subscribes. */
  summaryTime: string;
  /** The summary's time zone (IANA name), for the time a summary asked for in chat is as of; default UTC. */
  timeZone?: string;
  routes?: readonly IntentRoute[];
}

/** Help that offers only what the role may do (审批 to approvers and admins, 设置 to admins). */
export function helpFor(role: Role, lang: Lang): string {
  const t = messages(lang).bot;
  if (role === 'customer') return t.helpCustomer;
  return t.helpStaff + (role === 'approver' || role === 'admin' ? t.helpApprover : '') + (role === 'admin' ? t.helpAdmin : '');
}

/**
 * A refusal naming the role the request needs: staff asking for 审批 are told it needs an approver.
 * A customer asking for account data ("查一下我的余额", "今天对账情况") is told the assistant looks
 * nothing up for customers and where they see it, not that the data is for staff.
 */
export function refusalFor(role: Role, allowed: readonly Role[], lang: Lang, what = '', contact?: string): string {
  const t = messages(lang).bot;
  if (!STAFF.includes(role)) return what === 'status' ? fill(t.refusedCustomerData, { contact: contact ?? messages(lang).faq.defaultContact }) : t.refused;
  return allowed.includes('approver') ? t.refusedApprover : t.refusedAdmin;
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

  /**
   * Bad characters (NUL, a lone surrogate) in a message or card value are refused before any
   * dialog step sees them: a polite reply, nothing written, and a dialog in progress stays where it was.
   */
  private async refusedBadCharacters(context: TurnContext): Promise<boolean> {
    const a = context.activity;
    if (a.type !== ActivityTypes.Message || !(hasBadCharacters(a.text) || hasBadCharacters(a.value))) return false;
    const text = typeof a.text === 'string' ? a.text : '';
    await context.sendActivity(messages(replyLang(text, a.locale)).bot.badCharacters);
    return true;
  }

  /** The route an entry card's button begins, with the options to begin it with; null for other values. */
  private entryRoute(value: unknown, lang: Lang): { dialogId: string; options: object } | null {
    const entry = parseEntrySubmit(value);
    const target = entry ? this.routes.find((r) => r.entries?.includes(entry.action)) : undefined;
    if (!entry || !target) return null;
    // The dialog checks the person's role itself (a forged card is refused and audited there).
    return { dialogId: target.dialog.id, options: { entry, lang, ...(entry.action === 'resolve.start' && entry.account ? { account: entry.account } : {}) } };
  }

  /** Card buttons that start a guided dialog from outside one, and stale step cards, before routing. */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    if (await this.refusedBadCharacters(innerDc.context)) return { status: DialogTurnStatus.complete };
    const a = innerDc.context.activity;
    const text = typeof a.text === 'string' ? a.text.trim() : '';
    if (a.type === ActivityTypes.Message && text === '' && a.value !== undefined) {
      const lang = pickLang(a.locale);
      const entry = this.entryRoute(a.value, lang);
      if (entry) return innerDc.beginDialog(entry.dialogId, entry.options);
      if (looksLikeStepSubmit(a.value)) {
        // A button of a dialog that has ended or expired since.
        await innerDc.context.sendActivity(staleCardText(lang, a.value));
        return { status: DialogTurnStatus.complete };
      }
    }
    return super.onBeginDialog(innerDc, options);
  }

  /** Too many guided operations open: says so, shows the running step again, starts nothing. */
  private async refuseAnotherFlow(innerDc: DialogContext, lang: Lang): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(messages(lang).resolve.flow.tooManyPaused);
    await innerDc.repromptDialog();
    return DialogBase.EndOfTurn;
  }

  /**
   * A message in the middle of something. After a "did you mean", the next message may pick a
   * choice (a number, an ordinal, a title); any other message starts over as a new one, card
   * buttons of other dialogs included. In a guided dialog, a card that is not the running dialog's
   * own (an approval card or a daily summary sent proactively, a run summary's button) pressed by
   * the person running it interrupts politely: an entry card begins its dialog on top of the
   * running one, which comes back when that ends (FlowDialog.resumeDialog); the main dialog's own
   * cards are answered here and the running step is shown again. Anything else goes to the running dialog.
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (await this.refusedBadCharacters(innerDc.context)) return DialogBase.EndOfTurn;
    const pending = pendingChoices(innerDc);
    if (pending) return this.pickPending(innerDc, pending);
    const a = innerDc.context.activity;
    const text = typeof a.text === 'string' ? a.text.trim() : '';
    const running = innerDc.activeDialog;
    const flow = running && running.id !== ROUTE_STEP ? FlowOwner.safeParse(running.state) : null;
    const fileRoute = this.routes.find((r) => r.files);
    const files = a.type === ActivityTypes.Message && fileRoute ? fileAttachments(a) : [];
    // Guided operations open (the running one and those paused beneath it): no more are stacked beyond MAX_OPEN_FLOWS.
    const open = innerDc.stack.filter((d) => d.id !== ROUTE_STEP && FlowOwner.safeParse(d.state).success).length;
    if (files.length > 0 && fileRoute && flow?.success && flow.data.actor === channelUserId(a.from)) {
      // The file it is asking about, sent again (perhaps with other words): that upload starts over, not a second on top.
      const same = running!.id === fileRoute.dialog.id && files.length === 1 && UploadOf.safeParse(running!.state).data?.data.file === files[0]!.name;
      if (same) {
        await innerDc.context.sendActivity(fill(messages(flow.data.lang).upload.sentAgain, { file: outside(files[0]!.name) }));
        return innerDc.replaceDialog(fileRoute.dialog.id, { files, note: text.slice(0, MAX_TEXT_LENGTH), lang: flow.data.lang });
      }
      if (open >= MAX_OPEN_FLOWS) return this.refuseAnotherFlow(innerDc, flow.data.lang);
      // A file sent in the middle of a guided dialog: imported on top of it, which resumes afterwards.
      await innerDc.context.sendActivity(messages(flow.data.lang).upload.interrupted);
      return innerDc.beginDialog(fileRoute.dialog.id, { files, note: text.slice(0, MAX_TEXT_LENGTH), lang: flow.data.lang });
    }
    if (a.type !== ActivityTypes.Message || text !== '' || a.value === undefined || !flow?.success || flow.data.actor !== channelUserId(a.from)) {
      return super.onContinueDialog(innerDc);
    }
    const lang = flow.data.lang;
    const entry = this.entryRoute(a.value, lang);
    const card = entry ? null : parseCardSubmit(a.value);
    if (!entry && !card) return super.onContinueDialog(innerDc);
    if (entry && running!.id === entry.dialogId && flow.data.entry !== undefined && flow.data.entry === entryKey(a.value)) {
      // The button that began the running dialog, pressed again: it is open already, shown again.
      await innerDc.context.sendActivity(messages(lang).resolve.flow.alreadyOpen);
      await innerDc.repromptDialog();
      return DialogBase.EndOfTurn;
    }
    if (entry && open >= MAX_OPEN_FLOWS) return this.refuseAnotherFlow(innerDc, lang);
    await innerDc.context.sendActivity(messages(lang).resolve.flow.interrupted);
    if (entry) return innerDc.beginDialog(entry.dialogId, entry.options);
    const person = await this.ports.directory.personOf(channelUserId(a.from));
    await this.answerCard(innerDc.context, person, lang, card!);
    await innerDc.repromptDialog();
    return DialogBase.EndOfTurn;
  }

  /** The next message after a "did you mean": a pick answers that entry, anything else starts over. */
  private async pickPending(innerDc: DialogContext, pending: NonNullable<ReturnType<typeof pendingChoices>>): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    const a = innerDc.context.activity;
    const typed = a.type === ActivityTypes.Message && typeof a.text === 'string' ? a.text : undefined;
    const vote = typed !== undefined && pending.answerId ? typedFeedback(typed) : null;
    if (vote && pending.answerId) {
      // The same as the answer card's 👍/👎: recorded on the answer just given.
      const person = await this.ports.directory.personOf(channelUserId(a.from));
      await this.ports.faq.feedback?.({ answerId: pending.answerId, helpful: vote === 'up', channelUserId: person.channelUserId });
      await innerDc.context.sendActivity(this.feedbackReply(pending.lang, vote === 'up', true));
      return { status: DialogTurnStatus.complete };
    }
    const picked = typed !== undefined ? pickChoice(typed, pending.choices) : undefined;
    if (!picked && typed !== undefined && pending.choices.length > 0 && choicePosition(typed, pending.choices.length) !== null) {
      // "5" or "第五个" with three choices: say which numbers there are, and keep the choices.
      await innerDc.context.sendActivity(fill(messages(pending.lang).bot.pickOutOfRange, { max: pending.choices.length }));
      return innerDc.beginDialog(PENDING_CHOICE, pending);
    }
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
    const files = fileAttachments(activity);
    const fileRoute = this.routes.find((r) => r.files);
    if (files.length > 0 && fileRoute) {
      if (STAFF.includes(person.role)) return step.beginDialog(fileRoute.dialog.id, { files, note: text.slice(0, MAX_TEXT_LENGTH), lang });
      // A customer's file is refused (and audited); the words sent with it are still answered.
      await this.ports.audit.record({ actor: person.channelUserId, action: 'bot.refused', detail: { request: fileRoute.route, role: person.role, channelId: activity.channelId ?? '' } });
      await ctx.sendActivity(messages(lang).upload.refusedCustomer);
      if (text.trim() === '') return step.endDialog();
    }

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
        await ctx.sendActivity(helpFor(person.role, lang));
        return step.endDialog();
      case 'command':
        await ctx.sendActivity(this.nothingInProgress(person, lang, intent.pick));
        return step.endDialog();
      case 'faq': {
        if (this.ports.faq.isStatusQuestion?.(text) && STAFF.includes(person.role)) return this.onIntent(step, person, lang, { name: 'status' }, text);
        // "没用" or 👎 with no answer just before: nothing to record, but the same way on.
        const vote = typedFeedback(text);
        if (vote) {
          await ctx.sendActivity(this.feedbackReply(lang, vote === 'up', false));
          return step.endDialog();
        }
        const a = await this.answerFaq(ctx, text, lang, person);
        // Wait for a pick ("2", "第二个", a title) when there is something to pick, or for a typed 👎 on an answer.
        const answerId = a.found && !a.choices?.length ? a.answerId : undefined;
        return a.choices?.length || answerId ? step.replaceDialog(PENDING_CHOICE, { choices: a.choices ?? [], lang, ...(answerId ? { answerId } : {}) }) : step.endDialog();
      }
      case 'status':
        if (!(await this.permit(ctx, person, lang, STAFF, intent.name))) return step.endDialog();
        await this.sendStatus(ctx, person, lang, intent.accountHint);
        return step.endDialog();
      case 'summary':
        if (!(await this.permit(ctx, person, lang, STAFF, intent.name))) return step.endDialog();
        await this.sendSummary(ctx, person, lang);
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
    await this.ports.audit.record({
      actor: person.channelUserId,
      action: 'bot.refused',
      detail: { request: what, role: person.role, channelId: ctx.activity.channelId ?? '' },
    });
    await ctx.sendActivity(refusalFor(person.role, allowed, lang, what, this.ports.faq.contact?.(lang)));
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

  /**
   * The daily summary asked for in chat: the same figures and overdue alerts as the one sent each
   * day, as of now (no day-end run is started for it), and how to receive it every day.
   */
  private async sendSummary(ctx: TurnContext, person: Person, lang: Lang): Promise<void> {
    const t = messages(lang).bot.summary;
    const timeZone = this.options.timeZone ?? 'UTC';
    const at = `${localTime(this.ports.now(), timeZone)} ${timeZone}`;
    const reply = buildSummaryReply(await this.ports.status.status({}), lang, person.role, at, null, t.asOfTitle);
    const hint = t.onDemand;
    if (!supportsCards(ctx.activity)) {
      await ctx.sendActivity(`${reply.text}\n\n${hint}`);
      return;
    }
    const card = { ...reply.card, fallbackText: `${reply.text}\n\n${hint}`, body: [...(reply.card.body as unknown[]), { type: 'TextBlock', text: hint, wrap: true, isSubtle: true, size: 'Small', separator: true }] };
    await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
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

  /** "Nothing in progress" with buttons; for a number or ordinal, that there is no list to pick from. */
  private nothingInProgress(person: Person, lang: Lang, pick = false): Partial<Activity> {
    const t = messages(lang).bot;
    const titles = STAFF.includes(person.role) ? t.nothingButtonsStaff : t.nothingButtonsCustomer;
    return MessageFactory.suggestedActions(titles.map((title) => ({ type: 'imBack', title, value: title })), pick ? t.nothingToPick : t.nothingInProgress);
  }

  /** Answers a question; returns the reply (its "did you mean" choices, its stored id). */
  private async answerFaq(ctx: TurnContext, text: string, lang: Lang, person: Person): Promise<FaqAnswer> {
    const asker = STAFF.includes(person.role) ? 'staff' : 'customer';
    const a = await this.ports.faq.answer(text, lang, { asker, channelUserId: person.channelUserId });
    await this.sendFaq(ctx, a, lang);
    return a;
  }

  /** After a vote: thanks, or (👎) another wording and whom to contact; `recorded` says whether an answer got the vote. */
  private feedbackReply(lang: Lang, helpful: boolean, recorded: boolean): string {
    const t = messages(lang).bot;
    const contact = this.ports.faq.contact?.(lang) ?? messages(lang).faq.defaultContact;
    if (helpful) return t.feedbackThanks;
    return fill(recorded ? t.feedbackDown : t.feedbackDownNothing, { contact });
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
    await this.answerCard(ctx, person, lang, submit);
    return step.endDialog();
  }

  /** The main dialog's own card buttons: FAQ feedback, and the daily summary's status button. */
  private async answerCard(ctx: TurnContext, person: Person, lang: Lang, submit: CardSubmit): Promise<void> {
    switch (submit.action) {
      case 'faq.feedback': {
        const recorded = await this.ports.faq.feedback?.({ answerId: submit.answerId, helpful: submit.helpful, channelUserId: person.channelUserId });
        // A vote on an answer this person was not given (a forged or guessed id) is not thanked.
        if (recorded === false) {
          await ctx.sendActivity(messages(lang).bot.staleCard);
          return;
        }
        // After a 👎: another wording may find the right entry, and a person can always help.
        await ctx.sendActivity(this.feedbackReply(lang, submit.helpful, true));
        return;
      }
      case 'faq.pick':
        await this.answerEntry(ctx, submit.entryId, lang, person);
        return;
      case 'status.show':
        if (!(await this.permit(ctx, person, lang, STAFF, 'status'))) return;
        await this.sendStatus(ctx, person, lang, submit.accountHint);
        return;
    }
  }
}
