/**
 * A step that needs several fields (an entry reference and a reason; a write-off amount and a
 * reason) asks for them in one card: one labelled text field each, the values already given kept
 * in their fields, and a problem shown right under the field it is about. Where cards do not
 * render (and for a person who types instead of filling the card) the same form is a list of what
 * is filled, the problems, and the question for the next field. Pure.
 */
import { CardFactory, type Activity } from 'botbuilder';
import { z } from 'zod';
import { messages, type Lang } from '../../engine/i18n/index.ts';
import { promptActivity, promptText, type Prompt, type StepRef } from './card.ts';
import type { Form } from './fields.ts';
import { outside } from './text.ts';

export type { Form, FormField } from './fields.ts';

const FIELD_KEY = /^f_([A-Za-z][A-Za-z0-9]{0,39})$/;
const MAX_VALUE = 2000;

/**
 * The form values in a card submit (Action.Submit merges the inputs `f_<id>` into its data), or
 * null when the submit carries none (a button, or a card without fields). Values are trimmed.
 */
export function formValues(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null) return null;
  const out: Record<string, string> = {};
  let any = false;
  for (const [key, v] of Object.entries(value)) {
    const m = FIELD_KEY.exec(key);
    if (!m || typeof v !== 'string') continue;
    out[m[1]!] = v.slice(0, MAX_VALUE).trim();
    any = true;
  }
  return any ? out : null;
}

/** The form in words: each filled field with its value, each problem; the question is the prompt's title. */
export function formLines(form: Form, lang: Lang): string[] {
  const t = messages(lang).resolve.form;
  const out: string[] = [];
  for (const f of form.fields) {
    if (f.value !== '') out.push(`${f.label}${t.separator}${outside(f.value, 500)}`);
    if (f.error) out.push(`${t.problem}${f.error}`);
  }
  return out;
}

/** The card elements of a form: a labelled input per field (value kept), its problem right below. */
function formElements(form: Form): Record<string, unknown>[] {
  return form.fields.flatMap((f) => [
    {
      type: 'Input.Text', id: `f_${f.id}`, label: f.label, placeholder: f.placeholder, value: f.value,
      maxLength: f.maxLength, isMultiline: f.multiline === true, spacing: 'Medium',
    },
    ...(f.error ? [{ type: 'TextBlock', text: f.error, color: 'Attention', wrap: true, size: 'Small', spacing: 'None' }] : []),
  ]);
}

/**
 * The reply for a step with a form: where cards render, the prompt's card with the form's fields
 * after its lines and one submit button; elsewhere (and as the card's fallback) its text.
 */
export function formActivity(p: Prompt, form: Form, ref: StepRef, lang: Lang, cards: boolean): Partial<Activity> {
  const asText = { ...p, lines: [...p.lines, ...formLines(form, lang)], input: { placeholder: '' } };
  const text = promptText(asText, lang);
  if (!cards) return { type: 'message', text };
  // The prompt's own card (title, lines, its submit button, 返回, 取消) with the fields instead of its one text box.
  const activity = promptActivity(p.input ? p : { ...p, input: { placeholder: '' } }, ref, lang, true);
  const card = CardSchema.safeParse(activity.attachments?.[0]?.content);
  if (!card.success) return activity;
  const body = [...card.data.body.filter((e) => e['type'] !== 'Input.Text'), ...formElements(form)];
  return { ...activity, attachments: [CardFactory.adaptiveCard({ ...card.data, body, fallbackText: text })] };
}

/** The part of promptActivity's card this file changes (the rest is kept as it is). */
const CardSchema = z.object({ body: z.array(z.record(z.string(), z.unknown())), fallbackText: z.string() }).loose();
