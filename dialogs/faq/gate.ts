/**
 * The answer gate: given what FaqSearch.signals says about a question and its best hit, the
 * probability that the entry shown would be a right one. A logistic regression fitted on the tuned
 * question sets only (`npx tsx test/faq/train-gate.ts --write`, weights in gate-weights.ts); the FAQ
 * answers outright only at or above FAQ_GATE_ANSWER, offers choices at or above FAQ_GATE_SUGGEST,
 * and otherwise says it does not know. It asks "does this entry answer it", where the score asks
 * "is it about the same thing".
 */
import { FEATURES as SHARED, featureVector as shared, linear, type LinearWeights, type Signals } from './signals.ts';

export type GateWeights = LinearWeights;

/**
 * The gate reads what the reranker reads about the best hit, plus how many of the fifteen nearest
 * phrasings are its own and how clearly the reranker preferred it: with those two, cross-validated on
 * the tuned sets, it kept 5,066 right answers instead of 4,962 for the same 700 wrong ones let through
 * (AUC 0.849 → 0.864, 7,468 answered questions, at ffb58dc).
 *
 * It does not read the question's language. Tried at 5c87c48 (8,164 answered questions, 6,317 right;
 * the gate as it is: AUC 0.8685, at 0.5 it keeps 5,943 and lets 970 wrong through): an English and a
 * mixed zh-en indicator, alone or with their products with score, phrasing and share, kept 5,936-5,941
 * for the same 970 wrong (5,919-5,934 over other fold splits and leaving one set out, where the gate as
 * it is kept 5,942-5,953), AUC unchanged.
 * The gate is not under-trusting English: cross-validated it is calibrated within each reading
 * (English questions it gives 0.7 or more: predicted 0.907, right 0.920) and ranks English best (AUC
 * 0.895, Chinese 0.864, mixed 0.839); of the English questions it declines at 0.5, 296 of 411 had a
 * wrong entry first or must be declined, so the English misses behind its declines are mostly the
 * search's. Pairwise products of eight strong signals (28 more weights) moved the kept count by -7 to
 * +12 across fold splits: noise, not kept.
 */
export const FEATURES = [...SHARED, 'voteWide', 'share'] as const;

export function featureVector(s: Signals): number[] {
  return [...shared(s), s.voteWide, s.share];
}

/** The probability that the best hit answers the question. */
export function gateProbability(weights: GateWeights, s: Signals): number {
  return 1 / (1 + Math.exp(-linear(weights, featureVector(s))));
}
