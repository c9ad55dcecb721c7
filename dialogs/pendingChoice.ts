/**
 * The main dialog's short wait after a "did you mean": the choices stay in the dialog state for
 * one message, so "2", "第二个", "the second one" or a choice's title picks it. Anything else is
 * a new message and is routed as such (mainDialog.ts, onContinueDialog).
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Lang } from '../engine/i18n/index.ts';
import { foldTyped } from './intent.ts';

export const PENDING_CHOICE = 'main.pendingChoice';

export interface Choice {
  id: string;
  title: string;
}

export interface PendingChoices {
  choices: Choice[];
  lang: Lang;
}

/** Holds the choices until the next message (which the main dialog handles itself). */
export class PendingChoiceDialog extends Dialog<PendingChoices> {
  constructor() {
    super(PENDING_CHOICE);
  }

  override async beginDialog(dc: DialogContext, options?: PendingChoices): Promise<DialogTurnResult> {
    if (!options?.choices.length) return dc.endDialog();
    const state = dc.activeDialog?.state as { pending?: PendingChoices } | undefined;
    if (state) state.pending = { choices: options.choices, lang: options.lang };
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

const ORDINALS: readonly RegExp[] = [
  /^(第?一个?|first|the first( one)?|1st)$/,
  /^(第?二个?|第?两个|second|the second( one)?|2nd)$/,
  /^(第?三个?|third|the third( one)?|3rd)$/,
];

/** The choice a typed reply picks: its number (1-based), an ordinal, or its title; else undefined. */
export function pickChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const t = foldTyped(text).replace(/[.。!！?？]+$/, '').replace(/^(选|选择|要|pick|option|number|no\.?)\s*/, '');
  const n = /^\d{1,2}$/.test(t) ? Number(t) : ORDINALS.findIndex((re) => re.test(t)) + 1;
  if (n >= 1 && n <= choices.length) return choices[n - 1];
  const bare = (s: string) => foldTyped(s).replace(/[\s?？.。!！]+/g, '');
  return choices.find((c) => bare(c.title) === bare(t));
}
