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
    0.8624,
    0.7851,
    -0.9025,
    -0.1595,
    -0.8798,
    -0.1581,
    0.077,
    -0.0122,
    0.1202,
    1.7627,
    -0.8423,
    0.091,
    0.2795,
    -0.334,
    -2.3127,
    1.0731,
    3.4984
  ],
  bias: -2.7055
};
