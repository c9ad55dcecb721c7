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
    'voteWide',
    'first',
    'behind',
    'place'
  ],
  weights: [
    0.5015,
    0.4938,
    -1.1323,
    0,
    -1.342,
    -0.9448,
    0,
    0,
    0.2932,
    3.682,
    -1.4114,
    -0.3056,
    0.4484,
    0,
    0,
    1.3887,
    -0.0622,
    -0.5759,
    -0.1977
  ],
  bias: 0
};
