/**
 * Likely counterparts of a difference's line among the other side's unmatched lines: the same
 * signed amount in a wider date window than the matching passes use, the same counterparty, a
 * similar reference. Pure scoring: lines in, ranked candidates out (score, then date distance,
 * then id, so the order is total).
 */
import type { Decimal } from '../money.ts';

export interface CandidateTarget {
  readonly date: string;
  readonly amount: Decimal;
  readonly reference: string;
  readonly counterparty: string;
}

export interface CandidateLine extends CandidateTarget {
  /** Store id of the line. */
  readonly id: string;
}

export type CandidateReason = 'amount' | 'counterparty' | 'reference';

export interface Candidate {
  readonly line: CandidateLine;
  readonly reasons: readonly CandidateReason[];
  readonly score: number;
  /** Whole days between the line and the target. */
  readonly days: number;
}

export interface CandidateOptions {
  /** Lines further apart than this are never candidates (the matching passes use fewer days). */
  readonly windowDays: number;
  readonly limit: number;
}

/**
 * The loose key candidates are ranked by (references and counterparty names alike): NFKC, lower
 * case, without spaces and separators, "PAY-1002 " ≈ "pay1002". Looser than the matching passes'
 * keys (lines/match-keys.ts): it only suggests, a person decides.
 */
export function looseKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\-_/.#:：，,]+/g, '');
}

function days(a: string, b: string): number {
  return Math.abs(Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000));
}

/** Similar references: equal after normalising, or one contains the other (at least 4 characters). */
export function similarReference(a: string, b: string): boolean {
  const x = looseKey(a);
  const y = looseKey(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short);
}

/** Ranks `lines` as counterparts of `target`; lines with no reason at all are left out. */
export function rankCandidates(target: CandidateTarget, lines: readonly CandidateLine[], options: CandidateOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    const d = days(target.date, line.date);
    if (d > options.windowDays) continue;
    const reasons: CandidateReason[] = [];
    if (line.amount.equals(target.amount)) reasons.push('amount');
    if (target.counterparty.trim() !== '' && looseKey(line.counterparty) === looseKey(target.counterparty)) reasons.push('counterparty');
    if (similarReference(line.reference, target.reference)) reasons.push('reference');
    if (reasons.length === 0) continue;
    // The amount weighs most: a manual match of a different amount leaves a difference behind.
    const score = (reasons.includes('amount') ? 4 : 0) + (reasons.includes('reference') ? 2 : 0) + (reasons.includes('counterparty') ? 1 : 0);
    out.push({ line, reasons, score, days: d });
  }
  out.sort((a, b) => b.score - a.score || a.days - b.days || compareStoreIds(a.line.id, b.line.id));
  return out.slice(0, options.limit);
}

/** Numeric ids by value (store ids are bigint text), others by code unit. */
function compareStoreIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
