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
    1.1696,
    0.7435,
    -1.0677,
    -0.1642,
    -0.5796,
    -0.2223,
    0.0272,
    0.075,
    -0.0678,
    1.6629,
    -0.8883,
    0.2477,
    0.4461,
    -0.5917,
    -2.5564,
    1.0035,
    3.4807
  ],
  bias: -2.773
};
