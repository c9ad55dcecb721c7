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
    'declinedVote',
    'voteWide',
    'share'
  ],
  weights: [
    0.8224,
    0.6113,
    -0.9004,
    -0.5726,
    -0.9191,
    -0.3786,
    0.0744,
    0.1649,
    0.0591,
    1.6171,
    -1.2985,
    0.1523,
    0.2846,
    -0.3502,
    -2.6235,
    0.964,
    3.8146
  ],
  bias: -2.722
};
