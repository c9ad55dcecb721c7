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
    0.987,
    0.5648,
    -0.925,
    -0.0611,
    -0.4986,
    -0.1416,
    -0.1217,
    -0.0193,
    -0.1519,
    1.5252,
    -0.8482,
    0.247,
    0.3277,
    -0.6472,
    -2.6554,
    1.057,
    3.6869
  ],
  bias: -2.3686
};
