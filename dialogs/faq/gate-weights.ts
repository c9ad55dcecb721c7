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
    0.9066,
    0.6575,
    -1.0155,
    0.0288,
    -0.5894,
    -0.1298,
    -0.0187,
    -0.0587,
    -0.0868,
    1.6692,
    -0.8865,
    0.1299,
    0.3836,
    -0.4861,
    -2.7385,
    1.0434,
    3.7142
  ],
  bias: -2.5423
};
