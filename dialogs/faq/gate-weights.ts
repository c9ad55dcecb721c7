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
    1.3999,
    2.3428,
    -0.5063,
    -1.1527,
    -1.8031,
    -0.9751,
    0.5944,
    -0.2235,
    0.0285,
    3.4502,
    -3.3249,
    -0.6066
  ],
  bias: -1.9312
};
