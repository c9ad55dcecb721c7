/**
 * A guided dialog as a small state machine: the current step, its data, and the steps before it
 * (so "返回" goes back). Every turn: expire after `ttlMs` idle, refuse stale or foreign cards,
 * handle 取消/返回/帮助 at every step, resolve the reply to a choice or free text, and hand it to
 * the step. The state lives in the dialog stack (conversation state in PostgreSQL), so a
 * conversation left in the middle resumes on the next message or expires with a message.
 */
import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { supportsCards } from '../mainDialog.ts';
import type { AuditPort, DirectoryPort, Person, Role } from '../ports.ts';
import { actorId } from './actor.ts';
import { promptActivity, type Prompt } from './card.ts';
import { parseCommand, parseOrdinal, type Command } from './input.ts';
import { looksLikeStepSubmit, parseStepSubmit } from './submit.ts';
import { normaliseText } from '../intent.ts';

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
}

export type Outcome<D> =
  | { kind: 'next'; step: string; data: D; say?: string }
  /** Stay on the step, say why; the step is shown again when `reprompt`. */
  | { kind: 'stay'; say: string; reprompt?: boolean }
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

  constructor(id: string, protected readonly deps: FlowDeps) {
    super(id);
  }

  /** The first step (or an immediate end, e.g. nothing to do). */
  protected abstract start(ctx: FlowContext, options: FlowOptions): Promise<Outcome<D>>;
  /** What the step shows. */
  protected abstract prompt(ctx: FlowContext, step: string, data: D): Promise<Prompt>;
  /** The step's answer to a reply. */
  protected abstract handle(ctx: FlowContext, step: string, data: D, input: StepInput): Promise<Outcome<D>>;
  /** The step's help text. */
  protected abstract help(lang: Lang, step: string): string;

  override async beginDialog(dc: DialogContext, options?: FlowOptions): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    const lang = options?.lang ?? 'zh-CN';
    const person = await this.deps.directory.personOf(actorId(activity.from));
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
    const state: FlowState<D> = { step: first.step, data: first.data, token: randomUUID(), history: [], lastAt: ctx.now.toISOString(), lang, actor: person.channelUserId };
    dc.activeDialog!.state = state;
    if (first.say) await dc.context.sendActivity(first.say);
    await this.show(ctx, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as FlowState<D>;
    const t = messages(state.lang).resolve.flow;
    const now = this.deps.now();
    if (now.getTime() - Date.parse(state.lastAt) > (this.deps.ttlMs ?? DEFAULT_TTL_MS)) {
      await dc.context.sendActivity(fill(t.expired, { minutes: Math.round((this.deps.ttlMs ?? DEFAULT_TTL_MS) / 60000) }));
      return dc.endDialog();
    }
    const person = await this.deps.directory.personOf(actorId(activity.from));
    const ctx: FlowContext = { turn: dc.context, lang: state.lang, person, now };
    if (person.channelUserId !== state.actor) {
      // A group chat: somebody else's reply does not move this person's dialog.
      await dc.context.sendActivity(t.notYours);
      return Dialog.EndOfTurn;
    }
    const text = typeof activity.text === 'string' ? activity.text.trim() : '';
    let command: Command | null = null;
    let choiceValue: string | null = null;
    let free = text;
    if (text === '' && activity.value !== undefined) {
      const submit = parseStepSubmit(activity.value);
      if (!submit) {
        await dc.context.sendActivity(looksLikeStepSubmit(activity.value) ? t.staleCard : t.otherCard);
        return Dialog.EndOfTurn;
      }
      if (submit.flow !== this.id || submit.token !== state.token) {
        await dc.context.sendActivity(t.staleCard);
        return Dialog.EndOfTurn;
      }
      if (submit.step !== state.step) {
        await dc.context.sendActivity(t.earlierStep);
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      }
      command = submit.cmd ?? null;
      choiceValue = submit.choice ?? null;
      free = (submit.text ?? '').trim();
    } else {
      command = parseCommand(text);
    }
    state.lastAt = now.toISOString();

    switch (command) {
      case 'cancel':
        await dc.context.sendActivity(t.cancelled);
        return dc.endDialog();
      case 'help':
        await dc.context.sendActivity(this.help(state.lang, state.step) + '\n\n' + t.helpCommon);
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      case 'back': {
        const prev = state.history.pop();
        if (!prev) await dc.context.sendActivity(t.atFirstStep);
        else Object.assign(state, prev);
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      }
      case 'next':
      case 'prev':
        choiceValue = command;
        break;
      case null:
        break;
    }

    const prompt = await this.prompt(ctx, state.step, state.data);
    let outOfRange = false;
    if (choiceValue === null && free !== '') {
      const all = [...(prompt.choices ?? [])];
      const n = parseOrdinal(free);
      if (n !== null && all.length > 0) {
        if (n >= 1 && n <= all.length) choiceValue = all[n - 1]!.value;
        else outOfRange = true;
      } else {
        const typed = normaliseText(free);
        const hit = [...all, ...(prompt.extra ?? [])].find((c) => normaliseText(c.label) === typed || (c.aliases ?? []).some((a) => normaliseText(a) === typed));
        if (hit) choiceValue = hit.value;
      }
    } else if (choiceValue !== null && !['next', 'prev'].includes(choiceValue)) {
      // A button's value must be one this step offers now (a forged value changes nothing).
      if (![...(prompt.choices ?? []), ...(prompt.extra ?? [])].some((c) => c.value === choiceValue)) {
        await dc.context.sendActivity(t.notAChoice);
        await this.show(ctx, state);
        return Dialog.EndOfTurn;
      }
    }
    const out = await this.handle(ctx, state.step, state.data, { choice: choiceValue, text: free, outOfRange });
    switch (out.kind) {
      case 'stay':
        await dc.context.sendActivity(out.say);
        if (out.reprompt) await this.show(ctx, state);
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
    await ctx.turn.sendActivity(promptActivity(p, { flow: this.id, token: state.token, step: state.step }, state.lang, supportsCards(ctx.turn.activity)));
  }
}
