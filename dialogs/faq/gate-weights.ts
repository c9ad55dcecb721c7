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
    1.1163,
    0.8351,
    -0.9796,
    0.1049,
    -0.5394,
    -0.0596,
    -0.0156,
    -0.0364,
    -0.0563,
    1.5787,
    -0.9657,
    0.1488,
    0.422,
    -0.3864,
    -2.6694,
    1.1001,
    3.5674
  ],
  bias: -2.7788
};
