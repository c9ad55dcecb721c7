/** Written by `npx tsx test/faq/train-rerank.ts --write` (tuned sets only); do not edit by hand. */
import type { RerankWeights } from './rerank.ts';

export const RERANK_WEIGHTS: RerankWeights = {
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
    'first',
    'behind',
    'place'
  ],
  weights: [
    0.6437,
    0.6059,
    -1.3583,
    0,
    -1.249,
    -0.9739,
    0,
    0,
    0.3878,
    4.1377,
    -1.1692,
    -0.361,
    1.0819,
    0,
    0,
    -0.0835,
    -0.7214,
    -0.2386
  ],
  bias: 0
};
