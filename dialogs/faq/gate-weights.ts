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
    0.9533,
    0.7551,
    -1.0691,
    -0.0636,
    -0.652,
    -0.0976,
    0.0059,
    -0.0509,
    -0.078,
    1.6286,
    -0.9456,
    0.0947,
    0.4556,
    -0.4512,
    -2.7543,
    1.0457,
    3.6239
  ],
  bias: -2.5579
};
