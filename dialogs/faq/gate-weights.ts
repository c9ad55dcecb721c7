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
    1.0393,
    0.7569,
    -0.9794,
    -0.2994,
    -0.5934,
    -0.4532,
    0.0134,
    0.088,
    -0.0779,
    1.6236,
    -1.1398,
    0.1813,
    0.3133,
    -0.29,
    -2.6738,
    0.8491,
    3.885
  ],
  bias: -2.8491
};
