/**
 * A guided dialog as a small state machine: the current step, its data, and the steps before it
 * (so "返回" goes back). Every turn: expire after `ttlMs` idle, refuse stale or foreign cards,
 * handle 取消/返回/帮助 at every step, resolve the reply to a choice or free text, and hand it to
 * the step. The state lives in the dialog stack (conversation state in PostgreSQL), so a
 * conversation left in the middle resumes on the next message or expires with a message. It is
 * parsed (zod) when read back: a state that does not parse starts the dialog again, with a word.
 */
import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { fill, messages, pickLang, type Lang } from '../../engine/i18n/index.ts';
import { channelUserId } from '../channelUser.ts';
import type { AuditPort, DirectoryPort, Person, Role } from '../ports.ts';
import { promptActivity, supportsCards, type Prompt } from './card.ts';
import { formActivity, formValues } from './form.ts';
import { parseCommand, typedChoice, type Command } from './input.ts';
import { entryKey, looksLikeStepSubmit, parseStepSubmit } from './submit.ts';

/** Idle time after which a dialog left in the middle expires. */
export const DEFAULT_TTL_MS = 30 * 60 * 1000;

export interface FlowContext {
  readonly turn: TurnContext;
  readonly lang: Lang;
  readonly person: Person;
  readonly now: Date;
}

export interface StepInput {
  /** The chosen value (a button, a number, an ordinal, a label typed), or null. */
  readonly choice: string | null;
  /** Free text (typed, or the card's text field), trimmed. */
  readonly text: string;
  /** A number or ordinal was given but no such choice exists. */
  readonly outOfRange: boolean;
  /** The fields of a form card as submitted (field id → trimmed value); null when no form was submitted. */
  readonly fields: Readonly<Record<string, string>> | null;
}

export type Outcome<D> =
  | { kind: 'next'; step: string; data: D; say?: string }
  /** Stay on the step, say why; the step is shown again when `reprompt`. */
  | { kind: 'stay'; say: string; reprompt?: boolean }
  /** Stay on the step with new data (a form's values kept, its problems marked) and show it again. */
  | { kind: 'redo'; data: D; say?: string }
  | { kind: 'end'; say?: string | Partial<Activity> | Array<string | Partial<Activity>> };

interface Frame<D> {
  step: string;
  data: D;
}

interface FlowState<D> extends Frame<D> {
  token: string;
  history: Frame<D>[];
  lastAt: string;
  lang: Lang;
  actor: string;
  /** The card button that began it (entryKey), so a second press of it is not stacked on top. */
  entry?: string;
}

const LangSchema = z.enum(['zh-CN', 'en']);

/** The saved state of a flow whose step data `data` describes (read back from PostgreSQL). */
function flowStateSchema<D>(data: z.ZodType<D>): z.ZodType<FlowState<D>> {
  const frame = z.object({ step: z.string().min(1), data });
  return frame.extend({
    token: z.string().min(1),
    history: z.array(frame),
    lastAt: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
    lang: LangSchema,
    actor: z.string(),
    entry: z.string().optional(),
  });
}

/** A reply as read from a turn: a command, a button's value, free text. */
interface Reply {
  command: Command | null;
  choice: string | null;
  free: string;
  fields: Record<string, string> | null;
}

export interface FlowDeps {
  directory: DirectoryPort;
  audit: AuditPort;
  now: () => Date;
  ttlMs?: number;
}

/** Options every flow receives from the main dialog: its intent args and the reply language. */
export interface FlowOptions {
  lang?: Lang;
  [arg: string]: unknown;
}

export abstract class FlowDialog<D> extends Dialog<FlowOptions> {
  protected abstract readonly roles: readonly Role[];
  /** The step data's shape, checked when the state is read back. */
  protected abstract readonly dataSchema: z.ZodType<D>;

  constructor(id: string, protected readonly deps: FlowDeps) {
    super(id);
  }

  /** The first step (or an immediate end, e.g. nothing to do). */
  protected abstract start(ctx: FlowContext, options: FlowOptions): Promise<Outcome<D>>;
  /** What the step shows. */
  protected abstract prompt(ctx: FlowContext, step: string, data: D): Promise<Prompt>;
  /** The step's answer to a reply. */
  protected abstract handle(ctx: FlowContext, step: string, data: D, input: StepInput): Promise<Outcome<D>>;
  /** The step's help text (`data`: what the step is about, e.g. the action a form is for). */
  protected abstract help(lang: Lang, step: string, data: D): string;

  override async beginDialog(dc: DialogContext, options?: FlowOptions): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    const lang = options?.lang ?? 'zh-CN';
    const person = await this.deps.directory.personOf(channelUserId(activity.from));
    if (!this.roles.includes(person.role)) {
      // Reached through a forged or forwarded card: the main dialog's route check did not run.
      await this.deps.audit.record({ actor: person.channelUserId, action: 'bot.refused', detail: { request: this.id, role: person.role, channelId: activity.channelId ?? '' } });
      await dc.context.sendActivity(messages(lang).resolve.flow.refused);
      return dc.endDialog();
    }
    const ctx: FlowContext = { turn: dc.context, lang, person, now: this.deps.now() };
    const first = await this.start(ctx, options ?? {});
    if (first.kind === 'stay') {
      await dc.context.sendActivity(first.say);
      return dc.endDialog();
    }
    if (first.kind === 'end') return this.finish(dc, first);
    // There is no step yet to show again.
    if (first.kind === 'redo') throw new Error(`${this.id}: a dialog cannot start with 'redo'`);
    const entry = entryKey(options?.entry);
    const state: FlowState<D> = {
      step: first.step, data: first.data, token: randomUUID(), history: [], lastAt: ctx.now.toISOString(), lang, actor: person.channelUserId, ...(entry ? { entry } : {}),
    };
    dc.activeDialog!.state = state;
    if (first.say) await dc.context.sendActivity(first.say);
    await this.show(ctx, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const parsed = flowStateSchema(this.dataSchema).safeParse(dc.activeDialog!.state);
    if (!parsed.success) return this.restart(dc);
    const state = parsed.data;
    dc.activeDialog!.state = state;
    const t = messages(state.lang).resolve.flow;
    const now = this.deps.now();
    const ttlMs = this.deps.ttlMs ?? DEFAULT_TTL_MS;
    if (now.getTime() - Date.parse(state.lastAt) > ttlMs) {
      await dc.context.sendActivity(fill(t.expired, { minutes: Math.round(ttlMs / 60000), again: againText(state.lang, this.id) }));
      return dc.endDialog();
    }
    const person = await this.deps.directory.personOf(channelUserId(activity.from));
    const ctx: FlowContext = { turn: dc.context, lang: state.lang, person, now };
    if (person.channelUserId !== state.actor) {
      // A group chat: somebody else's reply does not move this person's dialog.
      await dc.context.sendActivity(t.notYours);
      return Dialog.EndOfTurn;
    }
    const reply = await this.readReply(ctx, state, (flow, token, fields) => keepBeneath(dc, flow, token, fields));
    if (!reply) return Dialog.EndOfTurn;
    state.lastAt = now.toISOString();
    const done = await this.onCommand(dc, ctx, state, reply.command);
    if (done) return done;
    const chosen = reply.command === 'next' || reply.command === 'prev' ? reply.command : reply.choice;
    const input = await this.stepInput(ctx, state, chosen, reply.free, reply.fields);
    if (!input) return Dialog.EndOfTurn;
    return this.apply(dc, ctx, state, await this.handle(ctx, state.step, state.data, input));
  }

  /**
   * Another dialog that interrupted this one (a card from a proactive send, e.g. an approval card)
   * has ended: say so and show this dialog's step again, with its idle time counted from now. A
   * step that has nothing left to show (`afterInterruption`) ends the dialog with its word.
   */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    const parsed = flowStateSchema(this.dataSchema).safeParse(dc.activeDialog!.state);
    if (!parsed.success) return this.restart(dc);
    const state = parsed.data;
    dc.activeDialog!.state = state;
    const ctx = await this.contextOf(dc.context, state);
    state.lastAt = ctx.now.toISOString();
    const ended = await this.afterInterruption(ctx, state.step, state.data);
    if (ended !== null) {
      await dc.context.sendActivity(ended);
      return dc.endDialog();
    }
    await dc.context.sendActivity(messages(state.lang).resolve.flow.resumed);
    await this.show(ctx, state);
    return Dialog.EndOfTurn;
  }

  /** Shows the current step again (the main dialog answered a card of its own in between). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const parsed = flowStateSchema(this.dataSchema).safeParse(instance.state);
    if (!parsed.success) return;
    await context.sendActivity(messages(parsed.data.lang).resolve.flow.resumed);
    await this.show(await this.contextOf(context, parsed.data), parsed.data);
  }

  /**
   * The data of the step 返回 goes back to, from what it was (`to`) and what the step left holds
   * (`from`): by default the earlier data as it was; a dialog keeps what a person typed (a form's
   * values) so that going back and forth does not lose it.
   */
  protected keepOnBack(_from: D, to: D): D {
    return to;
  }

  /**
   * The data of a paused step after its card was submitted while another dialog ran on top: the
   * form values the person filled in, kept unchecked so the card shows them again when this dialog
   * comes back (they are checked then, when submitted). Null: the step has no form, nothing kept.
   */
  keepSubmitted(_step: string, _data: D, _fields: Readonly<Record<string, string>>): D | null {
    return null;
  }

  /**
   * Called when the dialog comes back after an interruption: a sentence ending it when its step
   * has nothing left to offer (e.g. the approval list emptied by the card just decided), else null.
   */
  protected async afterInterruption(_ctx: FlowContext, _step: string, _data: D): Promise<string | null> {
    return null;
  }

  private async contextOf(turn: TurnContext, state: FlowState<D>): Promise<FlowContext> {
    const person = await this.deps.directory.personOf(channelUserId(turn.activity.from));
    return { turn, lang: state.lang, person, now: this.deps.now() };
  }

  /**
   * A saved state that does not parse (written by an older version, or damaged): say so and
   * start the dialog again from its first step, in the saved language when that much is readable.
   */
  private async restart(dc: DialogContext): Promise<DialogTurnResult> {
    const saved = z.object({ lang: LangSchema }).safeParse(dc.activeDialog!.state);
    const lang = saved.success ? saved.data.lang : pickLang(dc.context.activity.locale);
    await dc.context.sendActivity(messages(lang).resolve.flow.unreadable);
    return this.beginDialog(dc, { lang });
  }

  /**
   * The reply in this turn; null when it was a stale, foreign or earlier step's card (answered
   * here). A card of a flow this one interrupted is not stale: that flow waits beneath, its card
   * works again once this one is done, and a form's values submitted meanwhile are kept for it.
   */
  private async readReply(
    ctx: FlowContext,
    state: FlowState<D>,
    beneath: (flow: string, token: string, fields: Readonly<Record<string, string>> | null) => 'none' | 'waiting' | 'kept',
  ): Promise<Reply | null> {
    const activity = ctx.turn.activity;
    const t = messages(state.lang).resolve.flow;
    const text = typeof activity.text === 'string' ? activity.text.trim() : '';
    if (text !== '' || activity.value === undefined) return { command: parseCommand(text), choice: null, free: text, fields: null };
    const submit = parseStepSubmit(activity.value);
    if (!submit) {
      await ctx.turn.sendActivity(looksLikeStepSubmit(activity.value) ? staleCardText(state.lang, activity.value) : t.otherCard);
      return null;
    }
    if (submit.flow !== this.id || submit.token !== state.token) {
      const paused = beneath(submit.flow, submit.token, formValues(activity.value));
      await ctx.turn.sendActivity(paused === 'kept' ? t.suspendedCardKept : paused === 'waiting' ? t.suspendedCard : staleCardText(state.lang, activity.value));
      return null;
    }
    if (submit.step !== state.step) {
      await ctx.turn.sendActivity(t.earlierStep);
      await this.show(ctx, state);
      return null;
    }
    return { command: submit.cmd ?? null, choice: submit.choice ?? null, free: (submit.text ?? '').trim(), fields: formValues(activity.value) };
  }

  /** 取消, 帮助 and 返回 at every step; null for anything the step handles itself. */
  private async onCommand(dc: DialogContext, ctx: FlowContext, state: FlowState<D>, command: Command | null): Promise<DialogTurnResult | null> {
    const t = messages(state.lang).resolve.flow;
    switch (command) {
      case 'cancel':
        await dc.context.sendActivity(t.cancelled);
        return dc.endDialog();
      case 'help':
        await dc.context.sendActivity(this.help(state.lang, state.step, state.data) + '\n\n' + t.helpCommon);
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      case 'back': {
        const prev = state.history.pop();
        if (!prev) await dc.context.sendActivity(t.atFirstStep);
        else Object.assign(state, { step: prev.step, data: this.keepOnBack(state.data, prev.data) });
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      }
      default:
        return null;
    }
  }

  /**
   * What the step is given: a button's value if this step offers it now, or typed text resolved to
   * a choice (number, ordinal, label, alias). Null when a button's value is not on offer (a forged
   * value changes nothing; the step is shown again).
   */
  private async stepInput(ctx: FlowContext, state: FlowState<D>, chosen: string | null, free: string, fields: Record<string, string> | null): Promise<StepInput | null> {
    const prompt = await this.prompt(ctx, state.step, state.data);
    // The form's submit button (any other button of the card carries its choice, and the inputs too).
    if (fields !== null && prompt.form && chosen === null) return { choice: null, text: free, outOfRange: false, fields };
    if (chosen === null && free !== '') return { ...typedChoice(prompt, free), text: free, fields: null };
    if (chosen === null || chosen === 'next' || chosen === 'prev') return { choice: chosen, text: free, outOfRange: false, fields: null };
    const offered = [...(prompt.choices ?? []), ...(prompt.extra ?? [])].find((c) => (c.key ?? c.value) === chosen);
    if (!offered) {
      await ctx.turn.sendActivity(messages(state.lang).resolve.flow.notAChoice);
      await this.show(ctx, state);
      return null;
    }
    return { choice: offered.value, text: free, outOfRange: false, fields: null };
  }

  /** Carries out the step's answer: stay (and maybe show the step again), go on, or end. */
  private async apply(dc: DialogContext, ctx: FlowContext, state: FlowState<D>, out: Outcome<D>): Promise<DialogTurnResult> {
    switch (out.kind) {
      case 'stay':
        await dc.context.sendActivity(out.say);
        if (out.reprompt) await this.show(ctx, state);
        return Dialog.EndOfTurn;
      case 'redo':
        state.data = out.data;
        if (out.say) await dc.context.sendActivity(out.say);
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      case 'next':
        state.history.push({ step: state.step, data: state.data });
        state.step = out.step;
        state.data = out.data;
        if (out.say) await dc.context.sendActivity(out.say);
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      case 'end':
        return this.finish(dc, out);
    }
  }

  private async finish(dc: DialogContext, out: Extract<Outcome<D>, { kind: 'end' }>): Promise<DialogTurnResult> {
    const says = out.say === undefined ? [] : Array.isArray(out.say) ? out.say : [out.say];
    for (const s of says) await dc.context.sendActivity(s);
    return dc.endDialog();
  }

  private async show(ctx: FlowContext, state: FlowState<D>): Promise<void> {
    const p = await this.prompt(ctx, state.step, state.data);
    const ref = { flow: this.id, token: state.token, step: state.step };
    const cards = supportsCards(ctx.turn.activity);
    await ctx.turn.sendActivity(p.form ? formActivity(p, p.form, ref, state.lang, cards) : promptActivity(p, ref, state.lang, cards));
  }
}

/**
 * Whether a flow `flow` whose card carries `token` waits beneath the running dialog ('none' when
 * not), and, when the card brought form values for the step it waits on, keeps them in its state ('kept').
 */
function keepBeneath(dc: DialogContext, flow: string, token: string, fields: Readonly<Record<string, string>> | null): 'none' | 'waiting' | 'kept' {
  const instance = dc.stack.slice(1).find((d) => d.id === flow && (d.state as { token?: unknown } | undefined)?.token === token);
  if (!instance) return 'none';
  const dialog = dc.findDialog(flow);
  const state = instance.state as { step?: unknown; data?: unknown };
  if (fields === null || !(dialog instanceof FlowDialog) || typeof state.step !== 'string') return 'waiting';
  const kept: unknown = dialog.keepSubmitted(state.step, state.data, fields);
  if (kept === null) return 'waiting';
  state.data = kept;
  return 'kept';
}

/** How to start again, by the task (flow id) an expired card or task belonged to. */
function againText(lang: Lang, flow: unknown): string {
  const again = messages(lang).resolve.flow.again;
  return typeof flow === 'string' && Object.hasOwn(again, flow) ? again[flow as keyof typeof again] : again.other;
}

/** "This card has expired", with how to start the task the card belonged to again (from the card's own flow id). */
export function staleCardText(lang: Lang, value: unknown): string {
  const flow = typeof value === 'object' && value !== null && 'flow' in value ? value.flow : undefined;
  return fill(messages(lang).resolve.flow.staleCard, { again: againText(lang, flow) });
}
