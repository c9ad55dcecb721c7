/** Shared wording of the guided dialogs: lines, amounts, and the store's refusals (ages: ageInDays, engine/service/period.ts). Pure. */
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { formatAmountGrouped, type Decimal } from '../../engine/money.ts';
import type { LineView } from '../../engine/service/differences.ts';
import type { Refusal } from '../ports.ts';
import { outside } from './text.ts';

export function amountText(amount: Decimal, currency: string): string {
  return `${formatAmountGrouped(amount, currency)} ${currency}`;
}

/** One statement line in a sentence (empty fields left out). */
export function lineText(l: LineView, lang: Lang): string {
  const t = messages(lang).resolve.detail;
  return fill(t.line, {
    date: l.date, amount: amountText(l.amount, l.currency), reference: outside(l.reference), counterparty: outside(l.counterparty), description: outside(l.description),
  }).replace(/\s+/g, ' ').trim();
}

/**
 * A moment as the branch reads it, "2026-12-05 22:58", in `timeZone` (the summary's zone,
 * SUMMARY_TIMEZONE; UTC when none is given), so every time the chat shows is in one zone.
 */
export function localTime(at: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/**
 * Who acted last on a difference, as its state line says it: the viewer is "you", nobody is
 * nothing, and a difference nobody has touched since the run found it (version 1) has no last
 * action (the run's own actor is not one).
 */
export function lastActorText(d: { readonly version: number; readonly lastActor: string | null; readonly lastActorName: string | null }, viewer: string, lang: Lang): string {
  const r = messages(lang).resolve.detail;
  if (d.version <= 1) return '';
  if (d.lastActor !== null && d.lastActor === viewer) return r.stateByYou;
  return d.lastActorName ? fill(r.stateBy, { name: outside(d.lastActorName) }) : '';
}

/** The polite sentence for a refusal of the store, about difference `id`. */
export function refusalText(r: Refusal, lang: Lang, id: string): string {
  const t = messages(lang).resolve.refusal;
  const states = messages(lang).resolve.states;
  switch (r.code) {
    case 'conflict':
      return fill(r.self ? t.conflictSelf : t.conflict, { id, by: outside(r.by), state: r.state in states ? states[r.state as keyof typeof states] : r.state });
    case 'write_off_limit':
      return fill(t.write_off_limit, { amount: r.amount, limit: r.limit });
    case 'match_residual':
      return fill(t.match_residual, { residual: r.residual, limit: r.limit });
    case 'line_taken':
      return r.other ? fill(t.line_claimed, { id, other: r.other }) : fill(t.line_settled, { id });
    case 'bad_input':
      return fill(t.bad_input, { problems: outside(r.problems, 500) });
    case 'wrong_side':
      return fill(t.wrong_side, { id });
    case 'partly_covered':
      return fill(t.partly_covered, { period: r.period, missing: r.missing, from: r.from, to: r.to });
    case 'not_covered':
      return fill(t.not_covered, { period: r.period, from: r.from, to: r.to });
    case 'no_bank_statement':
      return fill(t.no_bank_statement, { period: r.period });
    case 'no_ledger':
      return fill(t.no_ledger, { period: r.period });
    case 'bad_period':
      return fill(t.bad_period, { period: r.period });
    case 'unknown_account':
      return fill(t.unknown_account, { account: r.account });
    default:
      return fill(t[r.code], { id });
  }
}
