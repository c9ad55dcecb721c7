/**
 * One step of a guided dialog shown to a person: an Adaptive Card (buttons carry a step submit)
 * and the same content as numbered plain text (the card's fallback, and the reply on channels
 * without cards), and which channels render cards. Pure: prompt in, activity JSON out.
 */
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { messages, type Lang } from '../../engine/i18n/index.ts';
import { STEP_SUBMIT_VERSION, type StepSubmit } from './submit.ts';
import type { Form } from './fields.ts';

/** Channels where an Adaptive Card renders; elsewhere the plain-text twin is sent. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test']);

export function supportsCards(activity: { channelId?: string }): boolean {
  return CARD_CHANNELS.has(activity.channelId ?? '');
}

export interface Choice {
  /** What the handler receives. */
  readonly value: string;
  readonly label: string;
  /** Other words a person may type for it (label and number always work). */
  readonly aliases?: readonly string[];
  /**
   * What the card's button carries instead of `value`, when the value must not leave the server
   * (an account number for a non-admin); the dialog maps it back to `value` on submit.
   */
  readonly key?: string;
}

export interface Prompt {
  readonly title: string;
  readonly lines: readonly string[];
  /** Several fields in one card (dialogs/flow/form.ts); the title asks for the next one missing. */
  readonly form?: Form;
  readonly choices?: readonly Choice[];
  /** Free text expected (a reason, a number); the card shows a text field. */
  readonly input?: { readonly placeholder: string };
  /** Extra buttons that do not count as numbered choices (paging). */
  readonly extra?: readonly Choice[];
}

export interface StepRef {
  readonly flow: string;
  readonly token: string;
  readonly step: string;
}

/** The plain-text twin: title, lines, numbered choices, how to answer. */
export function promptText(p: Prompt, lang: Lang): string {
  const t = messages(lang).resolve.flow;
  const parts = [p.title, ...p.lines];
  if (p.choices && p.choices.length > 0) parts.push(p.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n'));
  if (p.extra && p.extra.length > 0) parts.push(p.extra.map((c) => c.label).join(' · '));
  parts.push(p.choices && p.choices.length > 0 ? t.hintChoose : p.input ? t.hintType : t.hintCommands);
  return parts.filter((s) => s !== '').join('\n\n');
}

/** The reply for a prompt: a card where cards render, else its text. */
export function promptActivity(p: Prompt, ref: StepRef, lang: Lang, cards: boolean): Partial<Activity> {
  const text = promptText(p, lang);
  if (!cards) return { type: ActivityTypes.Message, text };
  const t = messages(lang).resolve.flow;
  const data = (extra: Partial<StepSubmit>): StepSubmit => ({ flow: ref.flow, v: STEP_SUBMIT_VERSION, token: ref.token, step: ref.step, ...extra });
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: p.title, weight: 'Bolder', size: 'Medium', wrap: true },
    ...p.lines.map((l) => ({ type: 'TextBlock', text: l, wrap: true, spacing: 'Small' })),
  ];
  if (p.input) body.push({ type: 'Input.Text', id: 'text', placeholder: p.input.placeholder, isMultiline: true, maxLength: 500 });
  const actions: Record<string, unknown>[] = [
    ...(p.choices ?? []).map((c, i) => ({ type: 'Action.Submit', title: `${i + 1}. ${c.label}`, data: data({ choice: c.key ?? c.value }) })),
    ...(p.input ? [{ type: 'Action.Submit', title: t.submit, data: data({}) }] : []),
    ...(p.extra ?? []).map((c) => ({ type: 'Action.Submit', title: c.label, data: data({ choice: c.key ?? c.value }) })),
    { type: 'Action.Submit', title: t.back, data: data({ cmd: 'back' }) },
    { type: 'Action.Submit', title: t.cancel, data: data({ cmd: 'cancel' }) },
  ];
  const card = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', fallbackText: text, body, actions };
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] };
}
