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
    1.1713,
    0.815,
    -1.0215,
    -0.3671,
    -0.5962,
    -0.279,
    -0.0601,
    0.1601,
    -0.1333,
    1.5862,
    -0.9633,
    0.2226,
    0.3326,
    -0.5338,
    -2.7068,
    0.8879,
    3.715
  ],
  bias: -2.6275
};
