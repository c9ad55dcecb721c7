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
    1.324,
    1.8283,
    -1.3615,
    -0.7379,
    -1.3082,
    -0.6742,
    0.1819,
    -0.0385,
    -0.2085,
    3.0892,
    -1.6683,
    -0.2061,
    1.7009,
    -0.6904,
    -1.8772
  ],
  bias: -1.4037
};
