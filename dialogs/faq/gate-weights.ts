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
    1.6844,
    2.4287,
    -1.3242,
    -1.1493,
    -1.7042,
    -1.6095,
    0.686,
    -0.4154,
    -0.241,
    3.526,
    -4.3438,
    -0.5562
  ],
  bias: -1.7525
};
