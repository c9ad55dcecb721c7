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
    1.2158,
    1.9265,
    -1.2012,
    -0.5358,
    -1.8533,
    -0.3971,
    0.1442,
    -0.1098,
    0.1763,
    2.7989,
    -1.8288,
    -0.4073,
    1.8281,
    -0.3405,
    -2.0984
  ],
  bias: -1.2294
};
