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
    1.1397,
    0.7115,
    -1.0823,
    -0.5001,
    -0.5969,
    -0.1855,
    0.0143,
    0.2187,
    -0.0813,
    1.5403,
    -1.0862,
    0.2557,
    0.472,
    -0.6468,
    -2.6266,
    0.9134,
    3.7256
  ],
  bias: -2.7684
};
