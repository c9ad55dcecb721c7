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
    1.3805,
    2.0097,
    -1.8336,
    -1.4389,
    -1.4075,
    -2.3198,
    0.4836,
    -0.258,
    -0.5347,
    3.679,
    -3.9585,
    -0.5791
  ],
  bias: -0.9627
};
