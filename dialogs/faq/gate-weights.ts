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
    1.5009,
    2.2477,
    -1.0109,
    -0.1108,
    -1.3547,
    -0.3086,
    0.098,
    -0.1353,
    0.2509,
    2.8637,
    -1.5853,
    -0.4129,
    1.7902,
    -0.4007,
    -2.0491
  ],
  bias: -1.7081
};
