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
    1.0474,
    0.7536,
    -0.9694,
    -0.0926,
    -0.5561,
    -0.1028,
    0.0178,
    0.0257,
    -0.0555,
    1.6162,
    -1.0513,
    0.1612,
    0.4446,
    -0.4018,
    -2.5325,
    1.0616,
    3.5605
  ],
  bias: -2.7816
};
