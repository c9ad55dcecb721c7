/**
 * One step of a guided dialog shown to a person: an Adaptive Card (buttons carry a step submit)
 * and the same content as numbered plain text (the card's fallback, and the reply on channels
 * without cards), and which channels render cards. Pure: prompt in, activity JSON out.
 */
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
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
  /** Adaptive Card action style: 'positive' (confirm, approve) or 'destructive' (reject). */
  readonly style?: 'positive' | 'destructive';
  /** Shown as one compact row of a table (the whole row selects it) instead of a button. */
  readonly cells?: RowCells;
}

/** One row of a list: what it is, and its amount and age in columns of their own (aligned). */
export interface RowCells {
  /** The number a person types: "#12". */
  readonly id: string;
  readonly title: string;
  /** A second, smaller line (counterparty, state); '' for none. */
  readonly detail: string;
  readonly amount: string;
  readonly age: string;
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
  /**
   * false: the choices carry their own numbers (a list of differences, "#12"): they are not
   * numbered 1, 2, 3 and a typed number is not a position (one numbering scheme on screen).
   */
  readonly numbered?: boolean;
  /**
   * true: a decision taken only by a button or a choice's own word ("批准", "approve"), never by a
   * typed number or ordinal: a "1" typed to open difference #1 and typed again must not approve it.
   */
  readonly byWord?: boolean;
}

export interface StepRef {
  readonly flow: string;
  readonly token: string;
  readonly step: string;
}

/** How to answer a decision taken by word: its choices' labels ("回复“批准”或“驳回”…"). */
export function wordHint(p: Prompt, lang: Lang): string {
  return fill(messages(lang).resolve.flow.hintWord, { words: quotedWords((p.choices ?? []).map((c) => c.label), lang) });
}

/** Words to type, quoted and joined ("“批准”或“驳回”", "\"approve\" or \"reject\""). */
export function quotedWords(words: readonly string[], lang: Lang): string {
  const t = messages(lang).resolve.flow;
  return words.map((word) => fill(t.quoted, { word })).join(t.or);
}

/** The plain-text twin: title, lines, numbered choices, how to answer. */
export function promptText(p: Prompt, lang: Lang): string {
  const t = messages(lang).resolve.flow;
  const parts = [p.title, ...p.lines];
  const numbered = p.numbered !== false && !p.byWord;
  const choices = p.choices ?? [];
  const rows = choices.filter((c) => c.cells);
  if (rows.length > 0) parts.push(rowLines(rows.map((c) => c.cells!)).join('\n'));
  const plain = choices.filter((c) => !c.cells);
  if (plain.length > 0) parts.push(plain.map((c, i) => (numbered ? `${i + 1}. ${c.label}` : c.label)).join('\n'));
  if (p.extra && p.extra.length > 0) parts.push(p.extra.map((c) => c.label).join(' · '));
  parts.push(choices.length > 0 ? (p.byWord ? wordHint(p, lang) : numbered ? t.hintChoose : t.hintPickId) : p.input ? t.hintType : t.hintCommands);
  return parts.filter((s) => s !== '').join('\n\n');
}

/**
 * Rows as text: number, amount and age first, each padded to its column (right-aligned amounts),
 * then what it is and the counterparty, whose widths vary.
 */
function rowLines(rows: readonly RowCells[]): string[] {
  const width = (f: (r: RowCells) => string): number => Math.max(...rows.map((r) => f(r).length));
  const [id, amount, age] = [width((r) => r.id), width((r) => r.amount), width((r) => r.age)];
  return rows.map((r) => [r.id.padEnd(id), r.amount.padStart(amount), r.age.padStart(age), r.title, r.detail].filter((x) => x !== '').join('  ').trimEnd());
}

/**
 * A row of a list in the card: number, what it is (a second subtle line below), and the amount and
 * age right-aligned in narrow columns of their own, so a phone's 390 px shows the amount whole; the
 * whole row is the button.
 */
function rowElement(c: RowCells, select: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'ColumnSet', separator: true, spacing: 'Small', selectAction: select,
    columns: [
      { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: c.id, weight: 'Bolder', color: 'Accent' }] },
      { type: 'Column', width: 'stretch', items: [
        { type: 'TextBlock', text: c.title, wrap: true },
        ...(c.detail !== '' ? [{ type: 'TextBlock', text: c.detail, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' }] : []),
      ] },
      { type: 'Column', width: 'auto', items: [
        { type: 'TextBlock', text: c.amount, horizontalAlignment: 'Right', fontType: 'Monospace', weight: 'Bolder' },
        { type: 'TextBlock', text: c.age, horizontalAlignment: 'Right', isSubtle: true, size: 'Small', spacing: 'None' },
      ] },
    ],
  };
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
  const numbered = p.numbered !== false && !p.byWord;
  for (const c of p.choices ?? []) if (c.cells) body.push(rowElement(c.cells, { type: 'Action.Submit', title: c.label, data: data({ choice: c.key ?? c.value }) }));
  if (p.input) body.push({ type: 'Input.Text', id: 'text', placeholder: p.input.placeholder, isMultiline: true, maxLength: 500 });
  const actions: Record<string, unknown>[] = [
    ...(p.choices ?? []).filter((c) => !c.cells).map((c, i) => ({
      type: 'Action.Submit', title: numbered ? `${i + 1}. ${c.label}` : c.label, data: data({ choice: c.key ?? c.value }), ...(c.style ? { style: c.style } : {}),
    })),
    ...(p.input ? [{ type: 'Action.Submit', title: t.submit, data: data({}) }] : []),
    ...(p.extra ?? []).map((c) => ({ type: 'Action.Submit', title: c.label, data: data({ choice: c.key ?? c.value }) })),
    { type: 'Action.Submit', title: t.back, data: data({ cmd: 'back' }) },
    { type: 'Action.Submit', title: t.cancel, data: data({ cmd: 'cancel' }) },
  ];
  const card = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', fallbackText: text, body, actions };
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] };
}
