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
    0.9932,
    0.6994,
    -0.9857,
    -0.3756,
    -0.7454,
    -0.4845,
    0.0231,
    0.1003,
    -0.0118,
    1.638,
    -1.2862,
    0.2023,
    0.3325,
    -0.4198,
    -2.5914,
    0.8541,
    3.8298
  ],
  bias: -2.7559
};
