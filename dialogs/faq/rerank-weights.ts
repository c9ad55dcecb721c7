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
    0.5543,
    0.5118,
    -1.3975,
    0,
    -1.3767,
    -0.9701,
    0,
    0,
    0.4233,
    4.0179,
    -1.4496,
    -0.2741,
    1.234,
    0,
    0,
    0.0009,
    -0.63,
    -0.2091
  ],
  bias: 0
};
