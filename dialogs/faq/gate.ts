/**
 * The answer gate: given what FaqSearch.signals says about a question and its best hit, the
 * probability that the entry shown would be a right one. A logistic regression fitted on the tuned
 * question sets only (`npx tsx test/faq/train-gate.ts --write`, weights in gate-weights.ts); the FAQ
 * answers outright only at or above FAQ_GATE_ANSWER, offers choices at or above FAQ_GATE_SUGGEST,
 * and otherwise says it does not know. It asks "does this entry answer it", where the score asks
 * "is it about the same thing".
 */
import type { Signals } from './search.ts';

export const FEATURES = ['score', 'lead', 'phrasing', 'unknownShare', 'uncoveredShare', 'typeMismatch', 'logTerms', 'unknownWord', 'uncoveredMax', 'jaccard', 'answerOnlyShare', 'second', 'vote', 'declinedLike'] as const;

export interface GateWeights {
  features: string[];
  weights: number[];
  bias: number;
}

export function featureVector(s: Signals): number[] {
  return [s.score, s.lead, s.phrasing, s.unknownShare, s.uncoveredShare, s.typeMismatch, Math.log(1 + s.terms), s.unknownWord, s.uncoveredMax, s.jaccard, s.answerOnlyShare, s.second, s.vote, s.declinedLike];
}

/** The probability that the best hit answers the question. */
export function gateProbability(weights: GateWeights, s: Signals): number {
  const x = featureVector(s);
  const z = weights.bias + x.reduce((sum, v, j) => sum + v * (weights.weights[j] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}
