/**
 * The main dialog's short wait after an FAQ reply: the "did you mean" choices stay in the dialog
 * state for one message, so "2", "第二个", "the second one" or a choice's title picks it; after an
 * answer, its stored id stays, so a typed 👎, "没用" or "not helpful" is feedback on it. Anything
 * else is a new message and is routed as such (mainDialog.ts, onContinueDialog).
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Lang } from '../engine/i18n/index.ts';
import { parseOrdinal } from './flow/input.ts';
import { foldTyped } from './intent.ts';

export const PENDING_CHOICE = 'main.pendingChoice';

export interface Choice {
  id: string;
  title: string;
}

export interface PendingChoices {
  choices: Choice[];
  lang: Lang;
  /** The answer just given (its stored question's id), for typed feedback. */
  answerId?: string;
}

/** Holds the choices until the next message (which the main dialog handles itself). */
export class PendingChoiceDialog extends Dialog<PendingChoices> {
  constructor() {
    super(PENDING_CHOICE);
  }

  override async beginDialog(dc: DialogContext, options?: PendingChoices): Promise<DialogTurnResult> {
    if (!options?.choices.length && !options?.answerId) return dc.endDialog();
    const state = dc.activeDialog?.state as { pending?: PendingChoices } | undefined;
    if (state) state.pending = { choices: options.choices, lang: options.lang, ...(options.answerId ? { answerId: options.answerId } : {}) };
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog();
  }
}

/** The waiting choices when the active inner dialog is the pending choice, else undefined. */
export function pendingChoices(innerDc: DialogContext): PendingChoices | undefined {
  const active = innerDc.activeDialog;
  if (active?.id !== PENDING_CHOICE) return undefined;
  return (active.state as { pending?: PendingChoices }).pending;
}

const FEEDBACK_DOWN = /^(👎|没用|没帮助|没有帮助|没啥用|没什么用|答非所问|不对|不是这个|不是我要的|not helpful|unhelpful|useless|wrong answer|that'?s not it|that'?s wrong)[。.!！~～]*$/u;
const FEEDBACK_UP = /^(👍|有用|有帮助|解决了|helpful|that helped|useful)[。.!！~～]*$/u;

/** A typed vote on the answer just given ("👎", "没用", "not helpful"; "👍", "有用"), else null. */
export function typedFeedback(text: string): 'down' | 'up' | null {
  const t = foldTyped(text);
  return FEEDBACK_DOWN.test(t) ? 'down' : FEEDBACK_UP.test(t) ? 'up' : null;
}

const LAST = /^(最后一个|最后那个|最后一项|最后一条|last|the last( one)?|last one)$/;
/** Numbers beyond this are not taken for a choice ("88" is a goodbye, "2026" a year). */
const MAX_TYPED_CHOICE = 20;

const typedPick = (text: string): string => foldTyped(text).replace(/[.。!！?？]+$/, '').replace(/^(选|选择|要|pick|option|number|no\.?)\s*/, '');

/** The position a reply names ("2", "第2个", "第二个", "二", "second", "最后一个") among `count` choices, or null. */
export function choicePosition(text: string, count: number): number | null {
  const t = typedPick(text);
  if (LAST.test(t)) return count;
  const n = parseOrdinal(t);
  return n !== null && n <= MAX_TYPED_CHOICE ? n : null;
}

/** The choice a typed reply picks: its number (1-based), an ordinal, or its title; else undefined. */
export function pickChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const t = typedPick(text);
  const n = choicePosition(text, choices.length) ?? 0;
  if (n >= 1 && n <= choices.length) return choices[n - 1];
  const bare = (s: string) => foldTyped(s).replace(/[\s?？.。!！]+/g, '');
  return choices.find((c) => bare(c.title) === bare(t));
}
