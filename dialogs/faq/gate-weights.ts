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
    1.1981,
    0.7321,
    -1.0684,
    -0.1716,
    -0.6352,
    -0.2817,
    -0.0372,
    0.064,
    -0.0947,
    1.6257,
    -0.9176,
    0.3024,
    0.3535,
    -0.6025,
    -2.6842,
    0.9792,
    3.6282
  ],
  bias: -2.6999
};
