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
    1.3337,
    2.2051,
    -0.5477,
    -1.0724,
    -1.7811,
    -0.94,
    0.6121,
    -0.2714,
    -0.0586,
    3.522,
    -3.3244,
    -0.5815
  ],
  bias: -1.9128
};
