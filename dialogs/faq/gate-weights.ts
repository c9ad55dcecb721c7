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
    'declinedLike'
  ],
  weights: [
    1.5777,
    2.1258,
    -1.2486,
    -0.198,
    -1.2434,
    -0.8054,
    0.378,
    -0.453,
    -0.0568,
    3.2184,
    -1.279,
    -0.2837,
    1.9975,
    -1.3029
  ],
  bias: -2.2355
};
