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
    1.0768,
    0.8016,
    -1.0295,
    -0.1478,
    -0.5077,
    -0.1314,
    0.0272,
    0.0338,
    -0.0817,
    1.6133,
    -0.9236,
    0.1447,
    0.4407,
    -0.3746,
    -2.6182,
    1.1105,
    3.555
  ],
  bias: -2.8128
};
