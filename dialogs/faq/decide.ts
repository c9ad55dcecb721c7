/**
 * From ranked hits to what the FAQ does, in the spirit of QnA Maker's rules: a clear best entry
 * is answered; a best entry with close runners-up (low score variation), or a middling best
 * entry, becomes "did you mean" with up to three choices; anything weaker is declined.
 */
import type { Thresholds } from './config.ts';
import type { Hit } from './search.ts';

export const MAX_CHOICES = 3;

export type Decision =
  | { kind: 'answer'; hit: Hit }
  | { kind: 'suggest'; choices: Hit[] }
  | { kind: 'unknown'; best: Hit | undefined };

/** Decides on hits sorted best first (as FaqSearch.search returns them). */
export function decide(hits: readonly Hit[], t: Thresholds): Decision {
  const best = hits[0];
  if (!best || best.score < t.suggest) return { kind: 'unknown', best };
  const close = hits.filter((h) => h.score >= best.score - t.margin && h.score >= t.suggest);
  if (best.score >= t.answer && close.length === 1) return { kind: 'answer', hit: best };
  const choices = close.length > 1 ? close : hits.filter((h) => h.score >= t.suggest);
  return { kind: 'suggest', choices: choices.slice(0, MAX_CHOICES) };
}
