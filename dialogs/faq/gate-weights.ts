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
    'declinedLike'
  ],
  weights: [
    1.7976,
    2.2099,
    -1.4866,
    -0.4996,
    -1.2,
    -1.0523,
    0.3718,
    -0.166,
    0.1948,
    3.3847,
    -1.6569,
    -0.1709,
    1.825,
    -1.89
  ],
  bias: -2.3311
};
