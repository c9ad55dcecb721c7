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
    0.9825,
    0.7146,
    -0.9523,
    -0.5228,
    -0.7828,
    -0.4328,
    0.0156,
    0.1626,
    0.0033,
    1.6177,
    -1.1595,
    0.1893,
    0.3167,
    -0.465,
    -2.5836,
    0.8734,
    3.8352
  ],
  bias: -2.721
};
