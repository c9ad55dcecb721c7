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
    1.3935,
    1.6899,
    -1.2759,
    -0.8532,
    -1.3126,
    -0.6824,
    0.1848,
    -0.0519,
    -0.1771,
    3.2501,
    -1.4832,
    -0.0494,
    1.8565,
    -1.7225
  ],
  bias: -1.5192
};
