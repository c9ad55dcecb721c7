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
    0.2281,
    1.1508,
    -0.9314,
    -1.9696,
    -2.5688,
    -2.7029,
    -0.0036,
    -0.9438,
    -0.9699,
    4.0835,
    -3.873,
    -0.8602
  ],
  bias: 1.2703
};
