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
    'declinedVote'
  ],
  weights: [
    1.3348,
    2.1194,
    -1.1735,
    -0.4557,
    -1.6207,
    -0.2623,
    0.1339,
    -0.1343,
    0.2796,
    2.8677,
    -1.6789,
    -0.4568,
    1.7778,
    -0.5274,
    -2.0351
  ],
  bias: -1.3583
};
