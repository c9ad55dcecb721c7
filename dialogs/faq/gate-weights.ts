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
    1.0589,
    0.8151,
    -0.9854,
    0.0058,
    -0.6397,
    -0.0232,
    -0.0245,
    -0.0078,
    -0.0446,
    1.5584,
    -0.9172,
    0.1276,
    0.4488,
    -0.4585,
    -2.7001,
    1.0432,
    3.666
  ],
  bias: -2.6894
};
