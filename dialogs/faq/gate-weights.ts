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
    1.449,
    2.0401,
    -1.3841,
    -0.715,
    -1.0156,
    -0.8693,
    0.4042,
    -0.2376,
    -0.2679,
    3.6582,
    -1.3871,
    -0.2929,
    1.9848,
    -1.2664
  ],
  bias: -2.1953
};
