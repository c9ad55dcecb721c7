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
    0.9699,
    0.7195,
    -0.991,
    -0.325,
    -0.5928,
    -0.416,
    0.0043,
    0.0598,
    -0.0058,
    1.6964,
    -1.2021,
    0.1682,
    0.2702,
    -0.2538,
    -2.6887,
    0.8494,
    3.9505
  ],
  bias: -2.844
};
