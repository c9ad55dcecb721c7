/**
 * The resolution's form: what an action needs besides the choice, in one card — the entry
 * reference and the reason for a ledger adjustment, the amount (typed to confirm) and the reason
 * for a write-off, the contact note for a pending customer confirmation, the reason otherwise.
 * A submitted card checks every field and comes back with the values kept and each problem under
 * its field; a typed reply fills the first field still missing (or wrong), so a person can also
 * answer one question at a time. Pure: values in, fields, problems and the next question out.
 */
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { formatAmount, minorUnits, parseAmount, type Decimal } from '../../engine/money.ts';
import { saysWhy } from '../../engine/service/resolve.ts';
import type { Prompt } from '../flow/card.ts';
import type { FormField } from '../flow/form.ts';

export type FieldId = 'entryReference' | 'writeOffAmount' | 'reason';
export type FormValues = Partial<Record<FieldId, string>>;
export type FormErrors = Partial<Record<FieldId, string>>;

/** The difference the form is about (the write-off amount must equal its amount). */
export interface FormSubject {
  readonly amount: Decimal;
  readonly currency: string;
}

const MAX_REFERENCE = 64;
/** A reference carries a number (记-2026-1107, JV-88, 转字第十五号); a question or a sentence typed here is not one. */
const NUMBERED = /[0-9０-９〇零一二三四五六七八九十百千]/;
const SENTENCE = /[?？]|吗|呢|怎么|什么|为什么|如何|哪|啥|咋|(?:\S+\s+){3}\S/;
const MAX_REASON = 500;

/** The fields an action asks for, in order. */
export function fieldsOf(action: string): FieldId[] {
  if (action === 'ledger_adjustment') return ['entryReference', 'reason'];
  if (action === 'write_off') return ['writeOffAmount', 'reason'];
  return ['reason'];
}

/** The write-off amount as typed (¥5.00, 5.00元, CNY 5) as a number, or null. */
function typedAmount(text: string): Decimal | null {
  // Full-width digits from a Chinese IME (１５) are digits; a space inside a number ("1 5") is a slip, not 15.
  const t = text.normalize('NFKC');
  if (/\d\s+[\d.]/.test(t)) return null;
  return parseAmount(t.replace(/^[-+]?\s*(¥|￥|CNY|RMB)?\s*/i, '').replace(/\s*(元|CNY|RMB)$/i, ''));
}

/**
 * Why a typed write-off amount cannot be taken (not a number, not the difference's amount), or null.
 * The amount typed is repeated at the currency's scale at least ("4.00", not "4"; "4.005" as typed).
 */
export function writeOffProblem(text: string, amount: Decimal, currency: string, lang: Lang): string | null {
  const r = messages(lang).resolve;
  const expected = formatAmount(amount.abs(), currency);
  const given = typedAmount(text);
  if (given === null) return fill(r.writeOff.notNumber, { text: text.slice(0, 40), amount: expected });
  if (given.equals(amount.abs())) return null;
  return fill(r.writeOff.mismatch, { given: given.toFixed(Math.max(minorUnits(currency), given.decimalPlaces())), amount: expected });
}

/** Why a field's value cannot be taken, or null when it can. */
function problemOf(id: FieldId, value: string, subject: FormSubject, lang: Lang): string | null {
  const r = messages(lang).resolve;
  switch (id) {
    case 'entryReference':
      if (value === '') return r.entryRef.required;
      if (value.length > MAX_REFERENCE) return r.entryRef.tooLong;
      return NUMBERED.test(value) && !SENTENCE.test(value) ? null : fill(r.entryRef.notReference, { text: value.slice(0, 40) });
    case 'writeOffAmount':
      return writeOffProblem(value, subject.amount, subject.currency, lang);
    case 'reason':
      if (value === '') return r.reason.required;
      if (value.length > MAX_REASON) return r.reason.tooLong;
      return saysWhy(value) ? null : r.reason.tooShort;
  }
}

function question(id: FieldId, action: string, subject: FormSubject, lang: Lang): string {
  const r = messages(lang).resolve;
  if (id === 'entryReference') return r.entryRef.title;
  if (id === 'writeOffAmount') return fill(r.writeOff.title, { amount: formatAmount(subject.amount.abs(), subject.currency) });
  return action === 'pending_customer' ? r.reason.titleContact : action === 'write_off' ? r.reason.titleWriteOff : r.reason.title;
}

function label(id: FieldId, action: string, subject: FormSubject, lang: Lang): string {
  const f = messages(lang).resolve.form;
  if (id === 'entryReference') return f.entryReference;
  if (id === 'writeOffAmount') return fill(f.writeOffAmount, { amount: formatAmount(subject.amount.abs(), subject.currency) });
  return action === 'pending_customer' ? f.contact : action === 'write_off' ? f.writeOffReason : f.reason;
}

function placeholder(id: FieldId, lang: Lang): string {
  const r = messages(lang).resolve;
  return id === 'entryReference' ? r.entryRef.placeholder : id === 'writeOffAmount' ? r.writeOff.placeholder : r.reason.placeholder;
}

/** The first field still missing or wrong (the one a typed reply answers), or null when all are good. */
function nextField(action: string, values: FormValues, errors: FormErrors): FieldId | null {
  return fieldsOf(action).find((id) => (values[id] ?? '') === '' || errors[id] !== undefined) ?? null;
}

/** The step as shown: the question for the next field, the fields with their values and problems. */
export function formPrompt(action: string, values: FormValues, errors: FormErrors, subject: FormSubject, lang: Lang): Prompt {
  const r = messages(lang).resolve;
  const ids = fieldsOf(action);
  const next = nextField(action, values, errors) ?? ids.at(-1)!;
  const fields: FormField[] = ids.map((id) => ({
    id, label: label(id, action, subject, lang), placeholder: placeholder(id, lang), value: values[id] ?? '',
    maxLength: id === 'entryReference' ? MAX_REFERENCE : MAX_REASON, multiline: id === 'reason',
    ...(errors[id] !== undefined ? { error: errors[id] } : {}),
  }));
  const anyError = Object.keys(errors).length > 0 && ids.length > 1;
  return { title: question(next, action, subject, lang), lines: anyError ? [r.form.fixBelow] : [], form: { fields } };
}

export type FormAnswer = { done: true; values: FormValues } | { done: false; values: FormValues; errors: FormErrors };

/**
 * The form after a reply: a submitted card (`fields`) replaces every value and checks them all; a
 * typed reply (`text`) answers the next field missing or wrong (the last one when none is) and
 * checks that one, the others keeping what they had.
 */
export function answerForm(action: string, values: FormValues, errors: FormErrors, reply: { fields: Readonly<Record<string, string>> | null; text: string }, subject: FormSubject, lang: Lang): FormAnswer {
  const ids = fieldsOf(action);
  const next: FormValues = { ...values };
  const problems: FormErrors = {};
  if (reply.fields !== null) {
    for (const id of ids) next[id] = reply.fields[id] ?? '';
    for (const id of ids) {
      const problem = problemOf(id, next[id] ?? '', subject, lang);
      if (problem !== null) problems[id] = problem;
    }
  } else {
    const target = nextField(action, values, errors) ?? ids.at(-1)!;
    next[target] = reply.text;
    for (const id of ids) if (id !== target && errors[id] !== undefined) problems[id] = errors[id];
    const problem = problemOf(target, reply.text, subject, lang);
    if (problem !== null) problems[target] = problem;
  }
  const complete = ids.every((id) => (next[id] ?? '') !== '') && Object.keys(problems).length === 0;
  return complete ? { done: true, values: next } : { done: false, values: next, errors: problems };
}
