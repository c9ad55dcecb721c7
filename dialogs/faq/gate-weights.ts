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
    1.1036,
    0.8073,
    -0.9318,
    0.2046,
    -0.5188,
    -0.0403,
    -0.0236,
    -0.1032,
    -0.0237,
    1.5548,
    -0.9621,
    0.1647,
    0.4086,
    -0.3494,
    -2.721,
    1.1258,
    3.6253
  ],
  bias: -2.8381
};
