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
    1.0535,
    0.7008,
    -0.9875,
    -0.3764,
    -0.6135,
    -0.2533,
    0.0099,
    0.1418,
    -0.0712,
    1.5531,
    -1.1189,
    0.2185,
    0.4783,
    -0.6695,
    -2.5773,
    0.8907,
    3.7687
  ],
  bias: -2.7455
};
