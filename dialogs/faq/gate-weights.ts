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
    1.3948,
    1.9326,
    -1.3222,
    -0.3067,
    -1.4901,
    -0.5905,
    0.0999,
    -0.2067,
    -0.0046,
    3.0769,
    -2.1225,
    -0.2197,
    1.753,
    -0.819,
    -2.1528
  ],
  bias: -1.3465
};
