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
    1.6538,
    2.2369,
    -1.2678,
    -0.5918,
    -1.1169,
    -0.842,
    0.3474,
    -0.2459,
    0.0182,
    3.2859,
    -1.4085,
    -0.2787,
    1.8921,
    -1.3452
  ],
  bias: -2.2964
};
