/** Written by `npx tsx test/faq/train-gate.ts --write` (tuned sets only); do not edit by hand. */
import type { GateWeights } from './gate.ts';

export const GATE_WEIGHTS: GateWeights = {
  features: [
    'score',
    'lead',
    'phrasing',
    'unknownShare',
    'uncoveredShare',
    'typeMismatch',
    'logTerms',
    'unknownWord',
    'uncoveredMax',
    'jaccard',
    'answerOnlyShare',
    'second',
    'vote',
    'declinedLike',
    'declinedVote'
  ],
  weights: [
    1.3512,
    2.1689,
    -1.253,
    -0.2361,
    -1.6213,
    -0.3622,
    0.1803,
    -0.2426,
    0.1848,
    2.9353,
    -1.576,
    -0.4617,
    1.7223,
    -0.2399,
    -2.2264
  ],
  bias: -1.468
};
