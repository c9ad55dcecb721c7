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
    0.7907,
    0.685,
    -0.8769,
    -0.5725,
    -0.9747,
    -0.3266,
    0.0349,
    0.1595,
    0.0446,
    1.6388,
    -1.3286,
    0.0869,
    0.2524,
    -0.439,
    -2.5496,
    1.0702,
    3.6969
  ],
  bias: -2.508
};
