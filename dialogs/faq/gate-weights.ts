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
    1.7013,
    2.4365,
    -1.3142,
    -1.1293,
    -1.6761,
    -1.6825,
    0.6862,
    -0.4202,
    -0.232,
    3.5359,
    -4.3211,
    -0.5459
  ],
  bias: -1.7885
};
