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
    1.4846,
    2.1672,
    -1.048,
    -0.2018,
    -1.3516,
    -0.2486,
    0.0965,
    -0.1465,
    0.2075,
    2.6968,
    -1.776,
    -0.3701,
    1.8644,
    -0.4886,
    -2.0559
  ],
  bias: -1.5926
};
