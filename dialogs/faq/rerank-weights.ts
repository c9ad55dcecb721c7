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
    0.6745,
    0.4852,
    -1.0218,
    0,
    -1.4668,
    -0.7964,
    0,
    0,
    0.3809,
    3.5961,
    -1.3887,
    -0.0307,
    0.3599,
    0,
    0,
    1.3566,
    -0.0981,
    -0.7666,
    -0.2014
  ],
  bias: 0
};
