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
    0.7484,
    0.6198,
    -0.8788,
    -0.4602,
    -0.9171,
    -0.3008,
    0.0684,
    0.0883,
    0.0458,
    1.6523,
    -1.1369,
    0.1102,
    0.233,
    -0.5602,
    -2.3977,
    1.0955,
    3.7123
  ],
  bias: -2.5614
};
