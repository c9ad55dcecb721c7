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
    0.7383,
    1.4954,
    -1.6371,
    -2.3376,
    -2.1193,
    -2.4611,
    0.2236,
    -0.1481,
    -0.4937,
    4.1828,
    -3.5402,
    -0.6848
  ],
  bias: 0.1302
};
