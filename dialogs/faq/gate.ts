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
 */
export const FEATURES = [...SHARED, 'voteWide', 'share'] as const;

export function featureVector(s: Signals): number[] {
  return [...shared(s), s.voteWide, s.share];
}

/** The probability that the best hit answers the question. */
export function gateProbability(weights: GateWeights, s: Signals): number {
  return 1 / (1 + Math.exp(-linear(weights, featureVector(s))));
}
