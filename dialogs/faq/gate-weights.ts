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
    'declinedVote',
    'voteWide',
    'share'
  ],
  weights: [
    1.105,
    0.8159,
    -0.9829,
    -0.3287,
    -0.4917,
    -0.4253,
    -0.0183,
    0.1089,
    -0.1774,
    1.5349,
    -0.94,
    0.1808,
    0.2508,
    -0.3691,
    -2.7935,
    0.9536,
    3.8296
  ],
  bias: -2.7424
};
