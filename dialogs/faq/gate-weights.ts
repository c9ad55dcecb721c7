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
    'declinedLike',
    'declinedVote'
  ],
  weights: [
    1.2894,
    1.998,
    -1.3156,
    -0.3232,
    -1.9023,
    -0.433,
    0.1606,
    -0.1885,
    0.2248,
    2.8786,
    -1.5231,
    -0.4041,
    1.8324,
    -0.2272,
    -2.0332
  ],
  bias: -1.3847
};
