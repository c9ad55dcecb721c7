/**
 * The answer gate: given what FaqSearch.signals says about a question and its best hit, the
 * probability that the entry shown would be a right one. A logistic regression fitted on the tuned
 * question sets only (`npx tsx test/faq/train-gate.ts --write`, weights in gate-weights.ts); the FAQ
 * answers outright only at or above FAQ_GATE_ANSWER, offers choices at or above FAQ_GATE_SUGGEST,
 * and otherwise says it does not know. It asks "does this entry answer it", where the score asks
 * "is it about the same thing".
 */
import { featureVector, linear, type LinearWeights, type Signals } from './signals.ts';

export { FEATURES, featureVector } from './signals.ts';
export type GateWeights = LinearWeights;

/** The probability that the best hit answers the question. */
export function gateProbability(weights: GateWeights, s: Signals): number {
  return 1 / (1 + Math.exp(-linear(weights, featureVector(s))));
}
