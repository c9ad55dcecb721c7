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
    1.6562,
    2.2482,
    -1.2744,
    -0.3283,
    -1.0688,
    -0.8386,
    0.342,
    -0.3356,
    -0.0136,
    3.303,
    -1.4038,
    -0.2924,
    1.8791,
    -1.3007
  ],
  bias: -2.2924
};
