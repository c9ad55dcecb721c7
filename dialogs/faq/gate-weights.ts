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
    1.5758,
    2.2671,
    -1.4276,
    -0.6533,
    -1.1866,
    -0.8825,
    0.4472,
    -0.2727,
    -0.0984,
    3.5454,
    -1.354,
    -0.3688,
    2.0791,
    -1.1428
  ],
  bias: -2.4171
};
