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
    0.5998,
    0.4449,
    -0.9732,
    0,
    -1.692,
    -0.8122,
    0,
    0,
    0.4279,
    3.6567,
    -1.4875,
    -0.0297,
    0.3594,
    0,
    0,
    1.3803,
    -0.0793,
    -0.691,
    -0.1857
  ],
  bias: 0
};
