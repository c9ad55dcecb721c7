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
    0.9931,
    0.639,
    -0.97,
    -0.2087,
    -0.5243,
    -0.078,
    -0.1214,
    0.0396,
    -0.1217,
    1.5713,
    -0.8812,
    0.193,
    0.3512,
    -0.6449,
    -2.6663,
    1.0555,
    3.6909
  ],
  bias: -2.3645
};
