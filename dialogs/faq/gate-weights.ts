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
    1.3892,
    1.8004,
    -1.2097,
    -0.6316,
    -1.5352,
    -0.5295,
    0.1593,
    -0.0489,
    -0.0804,
    3.083,
    -1.764,
    -0.1668,
    1.7449,
    -0.7337,
    -1.8357
  ],
  bias: -1.5524
};
