/**
 * From ranked hits to what the FAQ does: a best entry clearly ahead is answered (at a high score,
 * or at a moderate one that the runner-up does not come near, or at a high one among close entries
 * when the reranker clearly prefers it); "did you mean" with up to three choices only when entries
 * are genuinely close, or the best is moderate and not clearly ahead;
 * anything weaker is declined. Calibrated on the tuned sets (`npm run eval:faq`), never the blind one.
 */
import type { Thresholds } from './config.ts';
import type { Hit } from './search.ts';

export const MAX_CHOICES = 3;

export type Decision =
  /** `picked`: the best was answered among close entries because the reranker clearly prefers it. */
  | { kind: 'answer'; hit: Hit; picked?: boolean }
  | { kind: 'suggest'; choices: Hit[] }
  | { kind: 'unknown'; best: Hit | undefined };

/** Decides on hits sorted best first (as FaqSearch.search returns them). */
export function decide(hits: readonly Hit[], t: Thresholds): Decision {
  const best = hits[0];
  if (!best || best.score < t.suggest) return { kind: 'unknown', best };
  const close = hits.filter((h) => h.score >= best.score - t.margin && h.score >= t.suggest);
  const lead = best.score - (hits[1]?.score ?? 0);
  if (close.length === 1 && (best.score >= t.answer || lead >= t.lead)) return { kind: 'answer', hit: best };
  const pick = t.pick ?? 0;
  const preferred = (best.share ?? 0) - (close[1]?.share ?? 0);
  if (pick > 0 && close.length > 1 && best.score >= t.answer && preferred >= pick) return { kind: 'answer', hit: best, picked: true };
  const choices = close.length > 1 ? close : hits.filter((h) => h.score >= t.suggest);
  return { kind: 'suggest', choices: choices.slice(0, MAX_CHOICES) };
}
