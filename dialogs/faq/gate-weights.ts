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
    1.3442,
    2.1231,
    -1.2207,
    -0.5085,
    -1.5971,
    -0.2167,
    0.1484,
    -0.1678,
    0.2763,
    2.9162,
    -1.44,
    -0.4566,
    1.767,
    -0.1876,
    -2.1646
  ],
  bias: -1.4785
};
