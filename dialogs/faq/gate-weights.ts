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
    'second'
  ],
  weights: [
    1.4138,
    2.3666,
    -0.557,
    -1.1912,
    -1.8233,
    -0.976,
    0.59,
    -0.1927,
    0.0428,
    3.4871,
    -3.243,
    -0.6124
  ],
  bias: -1.931
};
